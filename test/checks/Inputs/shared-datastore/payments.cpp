// Payments, in another TU, writes the orders table too (the positive case),
// and only reads the stock table (a reader shares no write schema).
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <sqlite3.h>
extern sqlite3 *db;
class PaymentsImpl final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
                      testsvc::Resp *) override {
    sqlite3_exec(db, "UPDATE orders SET paid = 1 WHERE id = 'x'", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt;
    sqlite3_prepare_v2(db, "SELECT n FROM stock WHERE id = ?", -1, &stmt, nullptr);
    return grpc::Status::OK;
  }
};
