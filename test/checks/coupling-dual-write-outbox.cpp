// RUN: %check_both %s coupling-dual-write --extra %S/Inputs/dualwrite/outbox/orders.cpp --flags=-I%S/Inputs/dualwrite/outbox
//
// Orders.Place (Inputs/dualwrite/outbox/orders.cpp, another TU) commits its
// event through an outbox table. Orders.Get, in the same service, publishes
// directly: the outbox is bypassed, and that is reported even with no write
// on Get's own path. Catalog and Payments are other services, in another
// directory than the outbox: their publishes say nothing about it.
#include "orders.h"

sqlite3 *db;
rd_kafka_t *producer;

void Announce() {
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-viewed"), RD_KAFKA_V_END);
}

grpc::Status OrdersImpl::Get(grpc::ServerContext *, const testsvc::Req *,
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: outbox bypassed: gRPC Orders.Get publishes to order-viewed directly, though its service has an outbox; the event can be lost, or announce a change that never commits [coupling-dual-write]
// CHECK-NOTES: :[[@LINE-2]]:26: note: request path starts at gRPC Orders.Get
// CHECK-NOTES: :[[@LINE+5]]:3: note: calls Announce
// CHECK-NOTES: :14:3: note: publishes to order-viewed directly
// CHECK-NOTES: orders.cpp:8:3: note: the outbox: INSERT INTO outbox(topic) VALUES('order-placed')
// CHECK-NOTES: note: suggestion: append the event to the outbox, in the transaction of the change it announces, and let the relay publish it
                             testsvc::Resp *) {
  Announce();
  return grpc::Status::OK;
}

class CatalogImpl final : public testsvc::Catalog::Service {
  // Another service, with no outbox of its own: a publish alone is fine.
  grpc::Status Lookup(grpc::ServerContext *, const testsvc::Req *,
                      testsvc::Resp *) override {
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("looked-up"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  // A plain dual write: this service has no outbox to bypass.
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to sqlite and publishes to charged; if one succeeds and the other fails, they disagree [coupling-dual-write]
                      testsvc::Resp *) override {
    sqlite3_exec(db, "UPDATE ledger SET total = total + 1", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("charged"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};
