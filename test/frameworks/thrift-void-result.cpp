// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-fire-and-forget-call --flags=-I%t/gen-cpp
//
// Generated Thrift clients return strings, structs and containers through a
// first parameter `T& _return`, so the void-method rule names response_arg
// 0. An out-parameter must be writable: in `void refund(const std::string&
// id)` argument 0 is an input, the call brings nothing back, and nothing can
// read its response. The handler still waits for the (empty) reply.
// A void method's status is the exception it throws: a call in a try block
// has it read (DeathStarBench wraps every client call so), and is not
// reported.
//
//   bool cancel(const std::string &id) override {
//     payments.refund(id);   // void: nothing comes back, yet it waits
//     return true;
//   }
#include "Inventory.h"
#include "Orders.h"
#include "Payments.h"
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

std::shared_ptr<protocol::TProtocol> Connect(const std::string &host) {
  return std::make_shared<protocol::TBinaryProtocol>(
      std::make_shared<transport::TSocket>(host, 9090));
}

shop::PaymentsClient payments(Connect("payments.internal"));
shop::InventoryClient inventory(Connect("inventory.internal"));

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    // The out-parameter is read: the response is used.
    inventory.reserve(_return, order.id);
    // A void call whose exceptions the handler catches: its status is read.
    try {
      payments.refund(order.id);
    } catch (...) {
      throw;
    }
  }
  bool cancel(const std::string &id) override {
    payments.refund(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Thrift call Payments.refund in the request path of Thrift Orders.cancel waits for a response that nothing reads{{.*}} [coupling-fire-and-forget-call]
    return true;
  }
};
