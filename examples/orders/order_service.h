#pragma once

#include <atomic>
#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

#include "inventory.grpc.pb.h"
#include "notifications.grpc.pb.h"
#include "orders.grpc.pb.h"
#include "payments.grpc.pb.h"

namespace orders {

class OrderServiceImpl final : public shop::OrderService::Service {
public:
  OrderServiceImpl(sqlite3 *db, rd_kafka_t *producer,
                   std::shared_ptr<grpc::Channel> payments,
                   std::shared_ptr<grpc::Channel> inventory,
                   std::shared_ptr<grpc::Channel> notifications);

  grpc::Status PlaceOrder(grpc::ServerContext *server_context,
                          const shop::PlaceOrderRequest *request,
                          shop::PlaceOrderReply *reply) override;
  grpc::Status GetOrder(grpc::ServerContext *server_context,
                        const shop::GetOrderRequest *request,
                        shop::Order *order) override;
  grpc::Status CancelOrder(grpc::ServerContext *server_context,
                           const shop::CancelOrderRequest *request,
                           shop::CancelOrderReply *reply) override;

private:
  bool InsertOrder(const std::string &order_id,
                   const shop::PlaceOrderRequest &request);
  bool MarkPlaced(const std::string &order_id);
  void PublishOrderPlaced(const std::string &order_id,
                          const shop::PlaceOrderRequest &request);

  sqlite3 *db_;
  rd_kafka_t *producer_;
  std::unique_ptr<shop::PaymentService::Stub> payments_;
  std::unique_ptr<shop::InventoryService::Stub> inventory_;
  std::unique_ptr<shop::NotificationService::Stub> notifications_;
  std::atomic<long> next_id_{1};
};

// Background threads started by main(); neither serves a request.
void ReconcileLoop(sqlite3 *db, std::shared_ptr<grpc::Channel> payments,
                   const std::atomic<bool> &stop);
void OutboxRelayLoop(sqlite3 *db, rd_kafka_t *producer,
                     const std::atomic<bool> &stop);

} // namespace orders
