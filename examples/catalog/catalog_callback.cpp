#include <chrono>

#include "catalog/catalog_service.h"

namespace catalog {

CatalogCallbackImpl::CatalogCallbackImpl(
    ProductTable products, std::shared_ptr<grpc::Channel> inventory)
    : products_(std::move(products)),
      inventory_(shop::InventoryService::NewStub(std::move(inventory))) {}

grpc::ServerUnaryReactor *
CatalogCallbackImpl::GetProduct(grpc::CallbackServerContext *context,
                                const shop::GetProductRequest *request,
                                shop::Product *product) {
  grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
  auto it = products_.find(request->sku());
  if (it == products_.end()) {
    reactor->Finish(grpc::Status(grpc::StatusCode::NOT_FOUND, "unknown sku"));
    return reactor;
  }
  *product = it->second;

  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() +
                   std::chrono::milliseconds(100));
  shop::GetStockRequest stock_query;
  stock_query.set_sku(request->sku());
  shop::StockLevel stock;
  if (inventory_->GetStock(&ctx, stock_query, &stock).ok()) {
    product->set_in_stock(stock.available());
  }
  reactor->Finish(grpc::Status::OK);
  return reactor;
}

} // namespace catalog
