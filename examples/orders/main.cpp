#include <atomic>
#include <iostream>
#include <thread>

#include "common/env.h"
#include "orders/order_service.h"

namespace {

rd_kafka_t *MakeKafkaProducer() {
  char error[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers",
                    shop::Address("KAFKA_BROKERS", "kafka:9092").c_str(), error,
                    sizeof error);
  rd_kafka_conf_set(conf, "enable.idempotence", "true", error, sizeof error);
  return rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof error);
}

} // namespace

int main() {
  sqlite3 *db = nullptr;
  if (sqlite3_open(shop::Address("ORDERS_DB", "orders.db").c_str(), &db) !=
      SQLITE_OK) {
    std::cerr << "cannot open orders db\n";
    return 1;
  }
  sqlite3_exec(
      db,
      "CREATE TABLE IF NOT EXISTS orders(id TEXT PRIMARY KEY, "
      "customer_id TEXT, sku TEXT, quantity INTEGER, "
      "amount_cents INTEGER, status TEXT);"
      "CREATE TABLE IF NOT EXISTS outbox(topic TEXT, key TEXT, payload TEXT);",
      nullptr, nullptr, nullptr);
  rd_kafka_t *producer = MakeKafkaProducer();

  auto payments = shop::Dial("PAYMENTS_ADDR", "payments:50051");
  orders::OrderServiceImpl service(
      db, producer, payments, shop::Dial("INVENTORY_ADDR", "inventory:50051"),
      shop::Dial("NOTIFICATIONS_ADDR", "notifications:50051"));

  std::atomic<bool> stop{false};
  std::thread reconcile(orders::ReconcileLoop, db, payments, std::cref(stop));
  std::thread relay(orders::OutboxRelayLoop, db, producer, std::cref(stop));

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  server->Wait();

  stop = true;
  reconcile.join();
  relay.join();
  rd_kafka_flush(producer, 5000);
  rd_kafka_destroy(producer);
  sqlite3_close(db);
}
