// RUN: rm -rf %t && mkdir -p %t
// RUN: thrift --gen cpp -o %t %S/Inputs/thrift/shop.thrift
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-fire-and-forget-call --flags=-I%t/gen-cpp
//
// Apache Thrift: overrides of a generated <Service>If are the request
// handlers; calls on a generated <Service>Client or ConcurrentClient block
// until the other service answers. The generated clients implement <Service>If
// too, and are not handlers; send_<m> without recv_<m> does not wait; a client
// call at startup or in a handler factory is not a request path.
#include "Inventory.h"
#include "Orders.h"
#include "Payments.h"
#include <thrift/async/TConcurrentClientSyncInfo.h>
#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/server/TThreadedServer.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TServerSocket.h>
#include <thrift/transport/TSocket.h>

using namespace apache::thrift;

std::shared_ptr<protocol::TProtocol> Connect(const std::string &host, int port) {
  auto socket = std::make_shared<transport::TSocket>(host, port);
  socket->setRecvTimeout(500);
  auto framed = std::make_shared<transport::TFramedTransport>(socket);
  framed->open();
  return std::make_shared<protocol::TBinaryProtocol>(framed);
}

shop::PaymentsClient payments(Connect("payments.internal", 9090));
shop::InventoryConcurrentClient inventory(
    Connect("inventory.internal", 9090),
    std::make_shared<async::TConcurrentClientSyncInfo>());

int32_t StockOf(const std::string &sku) {
  return inventory.stock(sku);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking Thrift call Inventory.stock in the request path of Thrift Orders.place: the request now waits on Inventory being up and fast [coupling-sync-call-in-request-path]
}

class OrdersHandler : public shop::OrdersIf {
public:
  void place(shop::Order &_return, const shop::Order &order) override {
    bool charged = payments.charge(order.id, order.amount);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.place{{.*}} [coupling-sync-call-in-request-path]
    if (!charged)
      throw shop::Declined();
    if (StockOf(order.id) <= 0)
      throw shop::Declined();

    // The struct comes back in the first parameter, and is read.
    shop::Order reserved;
    inventory.reserve(reserved, order.id);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking Thrift call Inventory.reserve in the request path of Thrift Orders.place{{.*}} [coupling-sync-call-in-request-path]
    _return = reserved;

    // Sent, then the reply waited for: still synchronous.
    payments.send_charge(order.id, 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for Thrift call Payments.charge in the request path of Thrift Orders.place{{.*}} [coupling-sync-call-in-request-path]
    if (!payments.recv_charge())
      throw shop::Declined();

    // The result is dropped, but the handler still waits for it.
    payments.charge(order.id, 0);
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: warning: Thrift call Payments.charge in the request path of Thrift Orders.place waits for a response that nothing reads{{.*}} [coupling-fire-and-forget-call]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:5: warning: blocking Thrift call Payments.charge in the request path of Thrift Orders.place{{.*}} [coupling-sync-call-in-request-path]
  }

  bool cancel(const std::string &id) override {
    // Sent and never received: the handler does not wait.
    payments.send_refund(id);
    return true;
  }
};

// Per connection, not per request: building the handler is not serving.
class OrdersFactory : public shop::OrdersIfFactory {
public:
  shop::OrdersIf *getHandler(const TConnectionInfo &) override {
    payments.charge("connect", 0);
    return new OrdersHandler;
  }
  void releaseHandler(shop::OrdersIf *handler) override { delete handler; }
};

int main() {
  // Startup is not a request path.
  shop::Order warm;
  inventory.reserve(warm, "warm-up");
  payments.charge("warm-up", 0);
  server::TThreadedServer server(
      std::make_shared<shop::OrdersProcessorFactory>(
          std::make_shared<OrdersFactory>()),
      std::make_shared<transport::TServerSocket>(9090),
      std::make_shared<transport::TFramedTransportFactory>(),
      std::make_shared<protocol::TBinaryProtocolFactory>());
  server.serve();
}
