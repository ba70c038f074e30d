#include "orders.h"

// The order and its event commit in one transaction: the outbox.
grpc::Status OrdersImpl::Place(grpc::ServerContext *, const testsvc::Req *,
                               testsvc::Resp *) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "INSERT INTO orders(id) VALUES(1)", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "INSERT INTO outbox(topic) VALUES('order-placed')", nullptr,
               nullptr, nullptr);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  return grpc::Status::OK;
}
