// XFAIL: *
// Engine gaps, cob_style (asynchronous) Thrift servers:
// 1. The handler overrides <Service>CobSvIf. `service: {"from": "idl"}` strips
//    only the suffixes it knows (If, IfFactory, Client, CobClient, ...), so
//    OrdersCobSvIf names the service "OrdersCobSv" instead of "Orders".
// 2. These handlers run on the server's event loop (TEvhttpServer /
//    TNonblockingServer without workers), but a rule cannot give them
//    event_loop without also matching plain <Service>If handlers: the glob
//    "**If" cannot exclude "**CobSvIf", and a second rule for "**CobSvIf"
//    would add a second entry point for the same handler.
//
//   class OrdersAsync : public shop::OrdersCobSvIf {
//     void cancel(std::function<void(bool const&)> cob, const std::string& id) override;
//   };   // "Thrift OrdersCobSv.cancel", and not on an event loop
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp:cob_style -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop --flags=-I%t/gen-cpp
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

shop::PaymentsClient payments(std::make_shared<protocol::TBinaryProtocol>(
    std::make_shared<transport::TSocket>("payments.internal", 9090)));

class OrdersAsync : public shop::OrdersCobSvIf {
public:
  void place(std::function<void(shop::Order const &)> cob,
             std::function<void(TDelayedException *)> /*exn_cob*/,
             const shop::Order &order) override {
    cob(order);
  }
  void cancel(std::function<void(bool const &)> cob, const std::string &id) override {
    // A blocking client call on the event loop.
    cob(payments.charge(id, -1));
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: blocking Thrift call Payments.charge on the event loop of Thrift Orders.cancel{{.*}} [coupling-blocking-call-in-event-loop]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:9: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.cancel{{.*}} [coupling-sync-call-in-request-path]
  }
};
