// RUN: %check_both %s coupling-dual-write
//
// Writes to two different datastores (a database and a cache) on one request
// path are a dual write of their own, weaker kind: no transaction spans both,
// but nothing left the service. The CLI reports it one severity lower than
// the check's (a note by default); clang-tidy reports every finding as a
// warning. Two writes to one store, or a second store only read, are not.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

sqlite3 *db;
redisContext *redis;
rd_kafka_t *producer;

void CacheOrder(const std::string &id) {
  freeReplyObject(redisCommand(redis, "SET order:%s placed", id.c_str()));
}

class OrdersImpl final : public testsvc::Orders::Service {
  // The database, then the cache through a helper.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES-CLI: :[[@LINE-1]]:16: note: dual write across two datastores: gRPC Orders.Place writes to sqlite and to redis; no transaction spans both, so if one succeeds and the other fails, they disagree [coupling-dual-write]
  // CHECK-MESSAGES-TIDY: :[[@LINE-2]]:16: warning: dual write across two datastores: gRPC Orders.Place writes to sqlite and to redis; {{.*}} [coupling-dual-write]
                     testsvc::Resp *) override {
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES(1)", nullptr, nullptr, nullptr);
    CacheOrder(req->id());
    return grpc::Status::OK;
  }
  // The cache is only read: one store written, nothing to disagree.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *) override {
    freeReplyObject(redisCommand(redis, "GET order:%s", req->id().c_str()));
    sqlite3_exec(db, "UPDATE orders SET seen = 1", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "INSERT INTO audit(id) VALUES(1)", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  // Two stores and a publish: the publish is the stronger dual write, and
  // the only finding.
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to sqlite and publishes to charged; {{.*}} [coupling-dual-write]
                      testsvc::Resp *) override {
    CacheOrder(req->id());
    sqlite3_exec(db, "UPDATE ledger SET total = total + 1", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("charged"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};
