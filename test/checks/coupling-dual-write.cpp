// RUN: %check_both %s coupling-dual-write
//
// A datastore write and a publish (or a remote call) on one request path can
// disagree when one fails: an outbox case. Reads, and writes alone, are fine.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

sqlite3 *db;
rd_kafka_t *producer;
std::unique_ptr<testsvc::Payments::Stub> payments;

void SaveOrder(const std::string &id) {
  sqlite3_exec(db, "INSERT INTO orders(id) VALUES('x')", nullptr, nullptr, nullptr);
}
void Announce(const std::string &id) {
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
}

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Place writes to sqlite and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
                     testsvc::Resp *) override {
    SaveOrder(req->id());
    Announce(req->id());
    return grpc::Status::OK;
  }
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    // A read and a publish: nothing to keep consistent.
    sqlite3_stmt *stmt;
    sqlite3_prepare_v2(db, "SELECT id FROM orders WHERE id = ?", -1, &stmt, nullptr);
    Announce(req->id());
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to sqlite and makes a gRPC call Payments.Charge{{.*}} [coupling-dual-write]
                      testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    payments->Charge(&ctx, *req, resp); // the remote write first...
    sqlite3_exec(db, "UPDATE ledger SET total = total + 1", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};

int main() {
  // Not a request path.
  SaveOrder("boot");
  Announce("boot");
}
