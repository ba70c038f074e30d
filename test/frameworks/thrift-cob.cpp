// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp:cob_style -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop --flags=-I%t/gen-cpp
//
// cob_style (asynchronous) Thrift servers: the handler overrides
// <Service>CobSvIf, which names the service Orders (the suffix CobSvIf is
// the generator's), and runs on the server's event loop (TEvhttpServer, or
// TNonblockingServer without workers): a blocking client call there stalls
// the loop. A plain <Service>If handler is on a worker thread, not a loop.
//
//   class OrdersAsync : public shop::OrdersCobSvIf {
//     void cancel(std::function<void(bool const&)> cob, const std::string& id) override;
//   };   // "Thrift Orders.cancel", on the event loop
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

// The synchronous interface of the same service: blocking, but no event loop.
class OrdersSync : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    _return = order;
  }
  bool cancel(const std::string &id) override {
    return payments.charge(id, -1);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.cancel{{.*}} [coupling-sync-call-in-request-path]
  }
};
