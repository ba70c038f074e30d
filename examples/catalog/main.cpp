#include <tuple>

#include "catalog/catalog_service.h"
#include "common/env.h"

namespace {

catalog::ProductTable LoadProducts() {
  catalog::ProductTable products;
  for (const auto &[sku, name, price, grams] :
       {std::tuple{"1001", "Espresso grinder", 18900, 4200},
        std::tuple{"1002", "Milk jug", 1900, 300}}) {
    shop::Product &product = products[sku];
    product.set_sku(sku);
    product.set_name(name);
    product.set_price_cents(price);
    product.set_weight_grams(grams);
  }
  return products;
}

} // namespace

int main() {
  catalog::CatalogServiceImpl sync_service(LoadProducts());
  catalog::CatalogCallbackImpl callback_service(
      LoadProducts(), shop::Dial("INVENTORY_ADDR", "inventory:50051"));

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  if (shop::Address("CATALOG_CALLBACK_API", "0") == "1") {
    builder.RegisterService(&callback_service);
  } else {
    builder.RegisterService(&sync_service);
  }
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();
}
