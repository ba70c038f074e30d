// RUN: %check_both %s coupling-dual-write --extra %S/Inputs/dualwrite/xtu/stores.cpp %S/Inputs/dualwrite/xtu/remote.cpp --flags=-I%S/Inputs/dualwrite/xtu
//
// Each handler only calls helpers: the writes are in stores.cpp, the calls
// and the publish in remote.cpp. The CLI links the three TUs; clang-tidy
// sees the other two through the persisted index. Order is source order in
// the handler, at the calls that lead to each side.
#include "dualwrite.h"
#include <grpcpp/grpcpp.h>

class OrdersImpl final : public testsvc::Orders::Service {
  // The publish first, then the write: either order is a dual write. The
  // outbox that AppendToOutbox writes is bypassed.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Place writes to sqlite and publishes to order-placed directly, bypassing the outbox; if one succeeds and the other fails, they disagree [coupling-dual-write]
  // CHECK-NOTES: :[[@LINE-2]]:16: note: request path starts at gRPC Orders.Place
  // CHECK-NOTES: :[[@LINE+7]]:5: note: calls SaveOrder
  // CHECK-NOTES: stores.cpp:9:3: note: writes to sqlite: INSERT INTO orders(id) VALUES(1)
  // CHECK-NOTES: :[[@LINE+4]]:5: note: calls Announce
  // CHECK-NOTES: remote.cpp:25:3: note: and publishes to order-placed directly, bypassing the outbox
  // CHECK-NOTES: stores.cpp:15:3: note: the outbox: INSERT INTO outbox(topic) VALUES('order-placed')
                     testsvc::Resp *) override {
    Announce(req->id());
    SaveOrder(req->id());
    AppendToOutbox(req->id());
    return grpc::Status::OK;
  }
  // The price is read (in PriceOf) before the write: a query, no dual write.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *) override {
    if (!PriceOf(req->id()).empty())
      SaveOrder(req->id());
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  // The write, then a charge in another TU: the charge changes state.
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to sqlite and makes a gRPC call Payments.Charge; {{.*}} [coupling-dual-write]
                      testsvc::Resp *) override {
    SaveOrder(req->id());
    return ChargeCard(req->id()) ? grpc::Status::OK : grpc::Status::CANCELLED;
  }
};

class CatalogImpl final : public testsvc::Catalog::Service {
  // The query again, but the write comes first: PriceOf may change state.
  grpc::Status Lookup(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Catalog.Lookup writes to sqlite and makes a gRPC call Catalog.Lookup; {{.*}} [coupling-dual-write]
                      testsvc::Resp *resp) override {
    SaveOrder(req->id());
    resp->set_value(PriceOf(req->id()));
    return grpc::Status::OK;
  }
};

class InventoryImpl final : public testsvc::Inventory::Service {
  // Two stores, each in another TU: the weaker kind.
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES-CLI: :[[@LINE-1]]:16: note: dual write across two datastores: gRPC Inventory.Reserve writes to sqlite and to redis; {{.*}} [coupling-dual-write]
  // CHECK-MESSAGES-TIDY: :[[@LINE-2]]:16: warning: dual write across two datastores: gRPC Inventory.Reserve writes to sqlite and to redis; {{.*}} [coupling-dual-write]
                       testsvc::Resp *) override {
    SaveOrder(req->id());
    CacheOrder(req->id());
    return grpc::Status::OK;
  }
};
