// RUN: %check_both %s coupling-shared-datastore --extra %S/Inputs/shared-datastore/payments.cpp
//
// Orders and Payments (another TU) both write the orders table: one finding,
// at the first writer's site, naming both. Inventory alone writes stock,
// which Payments only reads, and Catalog writes its own products table
// from two handlers of one service: neither is shared.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <sqlite3.h>

sqlite3 *db;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *) override {
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES('x')", nullptr, nullptr, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shared datastore: sqlite table orders is written by 2 services (Orders, Payments); they are coupled through its schema [coupling-shared-datastore]
    return grpc::Status::OK;
  }
};

class InventoryImpl final : public testsvc::Inventory::Service {
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *) override {
    sqlite3_exec(db, "UPDATE stock SET n = n - 1", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};

class CatalogImpl final : public testsvc::Catalog::Service {
  grpc::Status Lookup(grpc::ServerContext *, const testsvc::Req *req,
                      testsvc::Resp *) override {
    sqlite3_exec(db, "UPDATE products SET views = views + 1", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "INSERT INTO products(id) VALUES('y')", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};
