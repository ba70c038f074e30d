#include <chrono>
#include <iostream>

#include "common/env.h"
#include "gateway/routes.h"

int main() {
  gateway::Backends backends{
      gateway::OrderClient(shop::Dial("ORDERS_ADDR", "orders:50051")),
      shop::OrderService::NewStub(shop::Dial("ORDERS_ADDR", "orders:50051")),
      shop::CatalogService::NewStub(
          shop::Dial("CATALOG_ADDR", "catalog:50051")),
      shop::InventoryService::NewStub(
          shop::Dial("INVENTORY_ADDR", "inventory:50051")),
      shop::PaymentService::NewStub(
          shop::Dial("PAYMENTS_ADDR", "payments:50051")),
      shop::MakeProducer(),
  };

  // Fail fast at boot if the catalog is unreachable; this runs once, not per
  // request.
  grpc::ClientContext probe_ctx;
  shop::GetProductRequest probe;
  probe.set_sku("healthcheck");
  shop::Product product;
  grpc::Status catalog_up =
      backends.catalog->GetProduct(&probe_ctx, probe, &product);
  if (!catalog_up.ok() &&
      catalog_up.error_code() != grpc::StatusCode::NOT_FOUND) {
    std::cerr << "catalog unavailable: " << catalog_up.error_message() << '\n';
    return 1;
  }

  httplib::Server svr;
  gateway::RegisterRoutes(svr, backends);
  svr.listen("0.0.0.0", 8080);
}
