// RUN: %check_both %s coupling-fan-out
//
// More than MaxCalls (3) sync calls on one request path multiply their
// unavailability. Detached calls and publishes do not count.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;
std::unique_ptr<testsvc::Catalog::Stub> catalog;
std::unique_ptr<testsvc::Orders::Stub> orders;

template <typename Stub> void Ask(Stub &stub) {
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  stub.Lookup(&ctx, req, &resp);
}

void Routes(httplib::Server &svr) {
  svr.Get("/dashboard", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: HTTP GET /dashboard{{.*}} waits on 4 synchronous remote calls (threshold 3): 4 calls at 99.9% each give 99.6% at best [coupling-fan-out]
    grpc::ClientContext a, b, c;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&a, req, &resp);
    inventory->Reserve(&b, req, &resp);
    orders->Get(&c, req, &resp);
    Ask(*catalog);
  });
  svr.Get("/summary", [](const httplib::Request &, httplib::Response &) {
    grpc::ClientContext a, b, c, d;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&a, req, &resp);
    inventory->Reserve(&b, req, &resp);
    orders->Get(&c, req, &resp);
    // Started and never waited for: does not count.
    catalog->async()->Lookup(&d, &req, &resp, [](grpc::Status) {});
  });
}
