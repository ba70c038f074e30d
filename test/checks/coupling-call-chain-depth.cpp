// RUN: %check_both %s coupling-call-chain-depth --extra %S/Inputs/chain/orders.cpp %S/Inputs/chain/inventory.cpp %S/Inputs/chain/catalog.cpp
//
// gateway -> Orders -> Inventory -> Catalog -> shipping.internal is four sync
// hops, across four TUs; the threshold is three. The chain follows the
// methods a request reaches: Orders.Get calls nobody, so /order is short.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>

std::unique_ptr<testsvc::Orders::Stub> orders;

void Routes(httplib::Server &svr) {
  svr.Post("/checkout", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: sync call chain of 4 service hops (threshold 3) from HTTP POST /checkout (service checks, named after its directory): checks -> Orders -> Inventory -> Catalog -> shipping.internal [coupling-call-chain-depth]
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    orders->Place(&ctx, req, &resp);
  });
  svr.Get("/order", [](const httplib::Request &, httplib::Response &) {
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    orders->Get(&ctx, req, &resp);
  });
}
