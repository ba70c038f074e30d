// RUN: %check_both %s coupling-sync-call-in-request-path --extra %S/Inputs/xtu/handler.cpp %S/Inputs/xtu/middle.cpp --flags=-I%S/Inputs/xtu
//
// The handler (handler.cpp) reaches this blocking call three hops away, in
// another TU: Checkout -> Settle -> ChargeRemotely. The CLI links the whole
// program; clang-tidy sees the other TUs through the persisted index. The
// witness path names every hop.
#include "xtu.h"
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Payments::Stub> payments;

std::string ChargeRemotely(const std::string &id) {
  grpc::ClientContext ctx;
  testsvc::Req req;
  req.set_id(id);
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place: the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
  // CHECK-NOTES: note: request path starts at gRPC Orders.Place
  // CHECK-NOTES: note: calls Checkout
  // CHECK-NOTES: note: calls Settle
  // CHECK-NOTES: note: calls ChargeRemotely
  // CHECK-NOTES: note: suggestion: the response is needed: serve it from a local read model
  return resp.value();
}

int main() {
  // Not a request path, though it calls the same function.
  ChargeRemotely("warm-up");
}
