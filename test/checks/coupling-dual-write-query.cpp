// RUN: %check_both %s coupling-dual-write
//
// A remote call is the second write of a dual write only if it can change
// state. A call whose response the handler reads before it writes is a
// query: the write depends on the answer, and nothing remote changed. An
// HTTP GET (or HEAD) is a query wherever it is. A call made after the write,
// or one whose status alone is read, may change state: a dual write.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sqlite3.h>

sqlite3 *db;
std::unique_ptr<testsvc::Catalog::Stub> catalog;
std::unique_ptr<testsvc::Payments::Stub> payments;
httplib::Client pricing("http://pricing.internal");

// The response is read here, in the helper, before the caller writes.
std::string PriceOf(const testsvc::Req &req) {
  grpc::ClientContext ctx;
  testsvc::Resp price;
  catalog->Lookup(&ctx, req, &price);
  return price.value();
}

class OrdersImpl final : public testsvc::Orders::Service {
  // Ask the catalog, read the answer, then store the order: one write.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *) override {
    grpc::ClientContext ctx;
    testsvc::Resp price;
    catalog->Lookup(&ctx, *req, &price);
    if (price.value().empty())
      return grpc::Status::CANCELLED;
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES(1)", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
  // The write first, then the call: whatever it answers, it may have
  // changed state on the other side.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Get writes to sqlite and makes a gRPC call Catalog.Lookup; if one succeeds and the other fails, they disagree [coupling-dual-write]
                   testsvc::Resp *resp) override {
    sqlite3_exec(db, "UPDATE orders SET seen = 1", nullptr, nullptr, nullptr);
    grpc::ClientContext ctx;
    testsvc::Resp price;
    catalog->Lookup(&ctx, *req, &price);
    resp->set_value(price.value());
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  // Only the status is read before the write: the charge is a write.
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to sqlite and makes a gRPC call Payments.Charge; {{.*}} [coupling-dual-write]
                      testsvc::Resp *) override {
    grpc::ClientContext ctx;
    testsvc::Resp receipt;
    grpc::Status charged = payments->Charge(&ctx, *req, &receipt);
    if (!charged.ok())
      return charged;
    sqlite3_exec(db, "UPDATE ledger SET total = total + 1", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};

class InventoryImpl final : public testsvc::Inventory::Service {
  // The query sits in a helper; its answer is read before the write.
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *) override {
    if (PriceOf(*req).empty())
      return grpc::Status::CANCELLED;
    sqlite3_exec(db, "INSERT INTO reservations(id) VALUES(1)", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};

void Routes(httplib::Server &svr) {
  // A GET before the write, or after it, changes nothing remote.
  svr.Post("/quote", [](const httplib::Request &, httplib::Response &) {
    auto quote = pricing.Get("/price");
    sqlite3_exec(db, "INSERT INTO quotes(id) VALUES(1)", nullptr, nullptr, nullptr);
    pricing.Head("/price");
  });
  // A POST after the write: a dual write.
  svr.Post("/refund", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /refund {{.*}}writes to sqlite and makes a HTTP call to pricing.internal; {{.*}} [coupling-dual-write]
    sqlite3_exec(db, "UPDATE orders SET refunded = 1", nullptr, nullptr, nullptr);
    pricing.Post("/refunds", "{}", "application/json");
  });
}
