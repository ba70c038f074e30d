#pragma once

#include <map>
#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>

#include "catalog.grpc.pb.h"
#include "inventory.grpc.pb.h"

namespace catalog {

using ProductTable = std::map<std::string, shop::Product>;

// Synchronous API: each call runs on a gRPC thread-pool thread.
class CatalogServiceImpl final : public shop::CatalogService::Service {
public:
  explicit CatalogServiceImpl(ProductTable products);

  grpc::Status GetProduct(grpc::ServerContext *context,
                          const shop::GetProductRequest *request,
                          shop::Product *product) override;
  grpc::Status
  WatchPrices(grpc::ServerContext *context,
              const shop::WatchPricesRequest *request,
              grpc::ServerWriter<shop::PriceUpdate> *writer) override;

private:
  ProductTable products_;
};

// Callback API (v2, behind CATALOG_CALLBACK_API): methods run on gRPC's
// completion-queue threads and must not block.
class CatalogCallbackImpl final : public shop::CatalogService::CallbackService {
public:
  CatalogCallbackImpl(ProductTable products,
                      std::shared_ptr<grpc::Channel> inventory);

  grpc::ServerUnaryReactor *GetProduct(grpc::CallbackServerContext *context,
                                       const shop::GetProductRequest *request,
                                       shop::Product *product) override;

private:
  ProductTable products_;
  std::unique_ptr<shop::InventoryService::Stub> inventory_;
};

} // namespace catalog
