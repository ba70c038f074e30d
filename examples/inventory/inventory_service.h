#pragma once

#include <memory>

#include "inventory.grpc.pb.h"
#include "inventory/warehouse.h"

namespace inventory {

class InventoryServiceImpl final : public shop::InventoryService::Service {
public:
  explicit InventoryServiceImpl(std::unique_ptr<Warehouse> warehouse);

  grpc::Status Reserve(grpc::ServerContext *context,
                       const shop::ReserveRequest *request,
                       shop::ReserveReply *reply) override;
  grpc::Status GetStock(grpc::ServerContext *context,
                        const shop::GetStockRequest *request,
                        shop::StockLevel *reply) override;

private:
  std::unique_ptr<Warehouse> warehouse_;
};

} // namespace inventory
