// RUN: rm -rf %t && mkdir -p %t
// RUN: capnp compile -oc++:%t --src-prefix=%S/Inputs/capnp %S/Inputs/capnp/shop.capnp
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path --flags=-I%t --flags=-std=c++17
// (C++17: Cap'n Proto 0.9's blob.h does not compile as C++20.)
//
// Cap'n Proto promise chains: a server method never blocks on another
// service; it returns a promise chained on the outbound call, or hands the
// request to CallContext::tailCall, and its caller still waits for that
// service: the call is awaited. A promise that is detached, kept in a
// kj::TaskSet, or returned by a helper whose caller detaches it is not waited
// for, even when its continuation writes the results.
#include "shop.capnp.h"
#include <capnp/capability.h>
#include <kj/async.h>

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

class PaymentsImpl final : public shop::Payments::Server,
                           private kj::TaskSet::ErrorHandler {
public:
  explicit PaymentsImpl(shop::Inventory::Client inventory)
      : inventory_(kj::mv(inventory)) {}

  kj::Promise<void> charge(ChargeContext context) override {
    // Detached, though its continuation writes the results: the method has
    // already answered with READY_NOW.
    auto reserve = inventory_.reserveRequest();
    reserve.setId(context.getParams().getId());
    reserve.send()
        .then([context](auto left) mutable {
          context.getResults().setOk(left.getLeft() > 0);
        })
        .detach([](kj::Exception &&) {});
    // Kept in a TaskSet: run later, nobody waits.
    tasks_.add(inventory_.reserveRequest().send().ignoreResult());
    // A helper's promise, detached by its caller.
    Restock().detach([](kj::Exception &&) {});
    return kj::READY_NOW;
  }

private:
  kj::Promise<void> Restock() {
    return inventory_.reserveRequest().send().ignoreResult();
  }
  void taskFailed(kj::Exception &&) override {}

  shop::Inventory::Client inventory_;
  kj::TaskSet tasks_{*this};
};
