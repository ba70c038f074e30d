// `target: {"from": "idl"}` names the callee service after the class that
// declares the method at the root of its overrides (the <Service>If), so a
// project class deriving from a generated client (a tracing or retrying
// decorator) is still named after the service it calls:
//
//   class TracingPaymentsClient : public shop::PaymentsClient { ... };
//   traced.charge(id, 1);   // reported as "Payments.charge"
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%t/gen-cpp
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

// A decorator around a generated client is still that client, not a handler.
class TracingPaymentsClient : public shop::PaymentsClient {
public:
  using shop::PaymentsClient::PaymentsClient;
  bool charge(const std::string &id, const int64_t amount) override {
    return shop::PaymentsClient::charge(id, amount);
  }
};

TracingPaymentsClient payments(std::make_shared<protocol::TBinaryProtocol>(
    std::make_shared<transport::TSocket>("payments.internal", 9090)));

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    if (!payments.charge(order.id, order.amount))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.place: the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
      throw shop::Declined();
    _return = order;
  }
  bool cancel(const std::string &) override { return true; }
};
