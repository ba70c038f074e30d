#include "catalog/catalog_service.h"

#include <chrono>
#include <thread>

#include <httplib.h>

namespace catalog {
namespace {

std::int64_t QuoteShipping(int weight_grams) {
  httplib::Client cli("http://shipping.internal:8080");
  cli.set_connection_timeout(std::chrono::milliseconds(50));
  cli.set_read_timeout(std::chrono::milliseconds(150));
  auto res = cli.Get("/quote?weight_grams=" + std::to_string(weight_grams));
  if (!res || res->status != 200) {
    return -1;
  }
  return std::stoll(res->body);
}

} // namespace

CatalogServiceImpl::CatalogServiceImpl(ProductTable products)
    : products_(std::move(products)) {}

grpc::Status
CatalogServiceImpl::GetProduct(grpc::ServerContext *,
                               const shop::GetProductRequest *request,
                               shop::Product *product) {
  auto it = products_.find(request->sku());
  if (it == products_.end()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, "unknown sku");
  }
  *product = it->second;
  product->set_shipping_cents(QuoteShipping(product->weight_grams()));
  return grpc::Status::OK;
}

grpc::Status
CatalogServiceImpl::WatchPrices(grpc::ServerContext *context,
                                const shop::WatchPricesRequest *request,
                                grpc::ServerWriter<shop::PriceUpdate> *writer) {
  while (!context->IsCancelled()) {
    for (const std::string &sku : request->skus()) {
      auto it = products_.find(sku);
      if (it == products_.end()) {
        continue;
      }
      shop::PriceUpdate update;
      update.set_sku(sku);
      update.set_price_cents(it->second.price_cents());
      if (!writer->Write(update)) {
        return grpc::Status::OK;
      }
    }
    std::this_thread::sleep_for(std::chrono::seconds(5));
  }
  return grpc::Status::CANCELLED;
}

} // namespace catalog
