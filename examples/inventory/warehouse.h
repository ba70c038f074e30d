#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <grpcpp/grpcpp.h>

#include "catalog.grpc.pb.h"

namespace inventory {

class Warehouse {
public:
  virtual ~Warehouse() = default;
  virtual bool Reserve(const std::string &sku, int quantity,
                       std::string *reservation_id) = 0;
  virtual int Available(const std::string &sku) = 0;
};

// Local development and tests.
class InMemoryWarehouse final : public Warehouse {
public:
  bool Reserve(const std::string &sku, int quantity,
               std::string *reservation_id) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (stock_[sku] < quantity) {
      return false;
    }
    stock_[sku] -= quantity;
    *reservation_id = "mem-" + sku;
    return true;
  }
  int Available(const std::string &sku) override {
    std::lock_guard<std::mutex> lock(mu_);
    return stock_[sku];
  }

private:
  std::mutex mu_;
  std::map<std::string, int> stock_;
};

// The third-party fulfilment centre: space is booked by weight, which only
// the catalog knows.
class RemoteWarehouse final : public Warehouse {
public:
  RemoteWarehouse(std::shared_ptr<grpc::Channel> catalog, long capacity_grams);
  bool Reserve(const std::string &sku, int quantity,
               std::string *reservation_id) override;
  int Available(const std::string &sku) override;

private:
  std::unique_ptr<shop::CatalogService::Stub> catalog_;
  std::mutex mu_;
  std::map<std::string, int> stock_;
  long free_grams_;
  long reservations_ = 0;
};

} // namespace inventory
