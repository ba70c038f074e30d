// Payments: reads the orders table that Orders writes.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <sqlite3.h>

extern sqlite3 *db;

class PaymentsImpl final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
                      testsvc::Resp *) override {
    sqlite3_stmt *stmt;
    sqlite3_prepare_v2(db, "SELECT id FROM orders WHERE id = ?", -1, &stmt, nullptr);
    return grpc::Status::OK;
  }
};
