#include "inventory/inventory_service.h"

namespace inventory {

InventoryServiceImpl::InventoryServiceImpl(std::unique_ptr<Warehouse> warehouse)
    : warehouse_(std::move(warehouse)) {}

grpc::Status InventoryServiceImpl::Reserve(grpc::ServerContext *,
                                           const shop::ReserveRequest *request,
                                           shop::ReserveReply *reply) {
  if (request->quantity() <= 0) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "quantity must be positive");
  }
  std::string reservation_id;
  const bool reserved =
      warehouse_->Reserve(request->sku(), request->quantity(), &reservation_id);
  reply->set_reserved(reserved);
  reply->set_reservation_id(reservation_id);
  return grpc::Status::OK;
}

grpc::Status
InventoryServiceImpl::GetStock(grpc::ServerContext *,
                               const shop::GetStockRequest *request,
                               shop::StockLevel *reply) {
  reply->set_sku(request->sku());
  reply->set_available(warehouse_->Available(request->sku()));
  return grpc::Status::OK;
}

} // namespace inventory
