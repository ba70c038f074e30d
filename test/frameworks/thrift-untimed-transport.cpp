// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-missing-deadline --flags=-I%t/gen-cpp
//
// A Thrift call's deadline is its TSocket's receive timeout. No TSocket in
// this program sets one (setRecvTimeout, setConnTimeout, setSendTimeout), so
// every Thrift call in a request path waits as long as the callee hangs:
// DeathStarBench's socialNetwork builds every client this way.
// thrift-timeout-elsewhere.cpp is the same handler with a timeout set in
// another TU, where nothing is reported.
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TSocket.h>

#include <memory>
#include <thread>

using namespace apache::thrift;

std::unique_ptr<shop::PaymentsClient> connectPayments() {
  auto socket = std::make_shared<transport::TSocket>("payments.internal", 9090);
  auto framed = std::make_shared<transport::TFramedTransport>(socket);
  framed->open();
  return std::make_unique<shop::PaymentsClient>(
      std::make_shared<protocol::TBinaryProtocol>(framed));
}

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    auto payments = connectPayments();
    if (!payments->charge(order.id, order.amount))
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: {{.*}}Payments.charge{{.*}} has no deadline: it can wait as long as the callee hangs; no thrift transport in the program sets a timeout{{.*}} [coupling-missing-deadline]
      throw shop::Declined();
    _return = order;
  }
  bool cancel(const std::string &id) override {
    auto payments = connectPayments();
    // A reviewed exception: suppressed, not reported.
    return payments->charge(id, -1); // NOLINT(coupling-missing-deadline): refunds are retried by the caller
  }
};

// Not a request path: a background worker started at startup waits on
// nobody's request, so its untimed call is not this check's concern.
void reconcileForever() {
  auto payments = connectPayments();
  for (;;)
    payments->refund("pending");
}

int main() {
  std::thread(reconcileForever).detach();
  return 0;
}
