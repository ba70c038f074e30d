// XFAIL: *
// Engine gap: a Cap'n Proto server method never blocks on another service;
// it returns a promise chained on the outbound call (or tail-calls it), and
// its caller still waits for that service. Only co_await makes a call
// "awaited"; a call whose promise is continued with .then() and returned, or
// handed to CallContext::tailCall, stays async-detached, so the idiomatic
// coupling of a Cap'n Proto server is not reported:
//
//   kj::Promise<void> place(PlaceContext context) override {
//     return payments_.chargeRequest().send().then(
//         [context](auto charged) mutable { ... });
//   }
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: capnp compile -oc++:%t --src-prefix=%S/Inputs/capnp %S/Inputs/capnp/shop.capnp
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path --flags=-I%t --flags=-std=c++17
// (C++17: Cap'n Proto 0.9's blob.h does not compile as C++20.)
#include "shop.capnp.h"
#include <capnp/capability.h>

class OrdersImpl final : public shop::Orders::Server {
public:
  OrdersImpl(shop::Payments::Client payments, shop::Orders::Client primary)
      : payments_(kj::mv(payments)), primary_(kj::mv(primary)) {}

  kj::Promise<void> place(PlaceContext context) override {
    auto charge = payments_.chargeRequest();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: awaited capnp call Payments.charge in the request path of capnp Orders.place{{.*}} [coupling-awaited-call-in-request-path]
    charge.setId(context.getParams().getOrder().getId());
    return charge.send().then([context](auto charged) mutable {
      context.getResults().setAccepted(charged.getOk());
    });
  }

  kj::Promise<void> cancel(CancelContext context) override {
    // Forwarded to the primary: the answer is the primary's.
    auto forward = primary_.cancelRequest();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: awaited capnp call Orders.cancel in the request path of capnp Orders.cancel{{.*}} [coupling-awaited-call-in-request-path]
    forward.setId(context.getParams().getId());
    return context.tailCall(kj::mv(forward));
  }

private:
  shop::Payments::Client payments_;
  shop::Orders::Client primary_;
};
