#include <chrono>

#include "inventory/warehouse.h"

namespace inventory {

RemoteWarehouse::RemoteWarehouse(std::shared_ptr<grpc::Channel> catalog,
                                 long capacity_grams)
    : catalog_(shop::CatalogService::NewStub(std::move(catalog))),
      free_grams_(capacity_grams) {}

bool RemoteWarehouse::Reserve(const std::string &sku, int quantity,
                              std::string *reservation_id) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() +
                   std::chrono::milliseconds(150));
  shop::GetProductRequest lookup;
  lookup.set_sku(sku);
  shop::Product product;
  if (!catalog_->GetProduct(&ctx, lookup, &product).ok()) {
    return false;
  }
  const long grams = static_cast<long>(product.weight_grams()) * quantity;

  std::lock_guard<std::mutex> lock(mu_);
  auto it = stock_.find(sku);
  if (it == stock_.end() || it->second < quantity || grams > free_grams_) {
    return false;
  }
  it->second -= quantity;
  free_grams_ -= grams;
  *reservation_id = "r-" + std::to_string(++reservations_);
  return true;
}

int RemoteWarehouse::Available(const std::string &sku) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = stock_.find(sku);
  return it == stock_.end() ? 0 : it->second;
}

} // namespace inventory
