#include "common/env.h"
#include "inventory/inventory_service.h"

int main() {
  std::unique_ptr<inventory::Warehouse> warehouse;
  if (shop::Address("INVENTORY_BACKEND", "remote") == "memory") {
    warehouse = std::make_unique<inventory::InMemoryWarehouse>();
  } else {
    warehouse = std::make_unique<inventory::RemoteWarehouse>(
        shop::Dial("CATALOG_ADDR", "catalog:50051"), 2'000'000);
  }
  inventory::InventoryServiceImpl service(std::move(warehouse));

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();
}
