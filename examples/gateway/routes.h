#pragma once

#include <memory>

#include <httplib.h>
#include <librdkafka/rdkafkacpp.h>

#include "catalog.grpc.pb.h"
#include "gateway/order_client.h"
#include "inventory.grpc.pb.h"
#include "orders.grpc.pb.h"
#include "payments.grpc.pb.h"

namespace gateway {

struct Backends {
  OrderClient order_client;
  std::unique_ptr<shop::OrderService::Stub> orders;
  std::unique_ptr<shop::CatalogService::Stub> catalog;
  std::unique_ptr<shop::InventoryService::Stub> inventory;
  std::unique_ptr<shop::PaymentService::Stub> payments;
  std::unique_ptr<RdKafka::Producer> events;
};

void RegisterRoutes(httplib::Server &svr, Backends &backends);

} // namespace gateway
