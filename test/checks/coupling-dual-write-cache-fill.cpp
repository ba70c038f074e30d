// RUN: %check_both %s coupling-dual-write
//
// A cache-aside fill is not a write that can disagree: the handler reads the
// cache, misses, reads the database, and sets the cache to what it read.
// Such a fill, followed by a state-changing call, is no dual write (the
// shape of DeathStarBench's UserService.UploadCreatorWithUsername). A cache
// write of new data is still one, and so is a set after a cache read alone
// (libmemcached: the real Debian headers).
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <libmemcached/memcached.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

memcached_st *cache;
sqlite3 *db;
rd_kafka_t *producer;
std::unique_ptr<testsvc::Payments::Stub> payments;

void Charge() {
  grpc::ClientContext ctx;
  testsvc::Req r;
  testsvc::Resp resp;
  payments->Charge(&ctx, r, &resp);
}

class OrdersImpl final : public testsvc::Orders::Service {
  // Cache miss, database read, cache fill, then a call: nothing to disagree.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *,
                     testsvc::Resp *) override {
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    char *hit = memcached_get(cache, "user:1", 6, &len, &flags, &rc);
    if (!hit) {
      sqlite3_exec(db, "SELECT name FROM users", nullptr, nullptr, nullptr);
      memcached_set(cache, "user:1", 6, "x", 1, 0, 0);
    }
    Charge();
    return grpc::Status::OK;
  }
  // New data into the cache, then a publish: a dual write.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Get writes to memcached and publishes to placed; {{.*}} [coupling-dual-write]
                   testsvc::Resp *) override {
    memcached_set(cache, "order:1", 7, "placed", 6, 0, 0);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("placed"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  // A counter read from the cache and set again, no database read: the
  // cache holds the only copy, so the set and the call can disagree.
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to memcached and makes a gRPC call Payments.Charge; {{.*}} [coupling-dual-write]
                      testsvc::Resp *) override {
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    memcached_get(cache, "charges", 7, &len, &flags, &rc);
    memcached_set(cache, "charges", 7, "2", 1, 0, 0);
    ::Charge();
    return grpc::Status::OK;
  }
};

class InventoryImpl final : public testsvc::Inventory::Service {
  // A fill, then a database write and a call: the database write pairs
  // with the call, the fill does not.
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Inventory.Reserve writes to sqlite and makes a gRPC call Payments.Charge; {{.*}} [coupling-dual-write]
                       testsvc::Resp *) override {
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    if (!memcached_get(cache, "stock:1", 7, &len, &flags, &rc)) {
      sqlite3_exec(db, "SELECT count FROM stock", nullptr, nullptr, nullptr);
      memcached_add(cache, "stock:1", 7, "3", 1, 0, 0);
    }
    sqlite3_exec(db, "UPDATE stock SET count = count - 1", nullptr, nullptr, nullptr);
    Charge();
    return grpc::Status::OK;
  }
};
