// RUN: rm -rf %t && mkdir -p %t
// RUN: capnp compile -oc++:%t --src-prefix=%S/Inputs/capnp %S/Inputs/capnp/shop.capnp
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop --flags=-I%t --flags=-std=c++17
// (C++17: Cap'n Proto 0.9's blob.h does not compile as C++20.)
//
// Cap'n Proto: overrides of a generated <Interface>::Server method serve
// requests on the KJ event loop, where a blocking call stalls every other
// request. A client call is built by <method>Request(), started by send() and
// waited for by promise.wait(waitScope): the waiting handler is coupled to
// the callee; a detached call and calls made in main() are not.
#include "shop.capnp.h"
#include <capnp/ez-rpc.h>
#include <httplib.h>

class OrdersImpl final : public shop::Orders::Server {
public:
  kj::Promise<void> place(PlaceContext context) override {
    // A blocking HTTP call on the event loop.
    httplib::Client fraud("http://fraud.internal");
    fraud.set_read_timeout(1, 0);
    auto verdict = fraud.Get("/check");
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:20: warning: blocking HTTP call to fraud.internal on the event loop of capnp Orders.place: it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:20: warning: blocking HTTP call to fraud.internal in the request path of capnp Orders.place: the request now waits on fraud.internal being up and fast [coupling-sync-call-in-request-path]
    context.getResults().setAccepted(verdict && verdict->status == 200);
    return kj::READY_NOW;
  }

  kj::Promise<void> cancel(CancelContext context) override {
    // Started and detached: the cancellation does not wait for Inventory.
    auto release = inventory_.reserveRequest();
    release.setId(context.getParams().getId());
    release.send().detach([](kj::Exception &&) {});
    return kj::READY_NOW;
  }

  explicit OrdersImpl(shop::Inventory::Client inventory) : inventory_(kj::mv(inventory)) {}

private:
  shop::Inventory::Client inventory_;
};

// An HTTP front end that calls a Cap'n Proto service and waits for it.
void Serve(httplib::Server &server, capnp::EzRpcClient &rpc) {
  server.Post("/orders", [&rpc](const httplib::Request &request, httplib::Response &response) {
    shop::Payments::Client payments = rpc.getMain<shop::Payments>();
    auto charge = payments.chargeRequest();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: started asynchronously and then waited for capnp call Payments.charge{{(Request)?}} in the request path of HTTP POST /orders{{.*}}: the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
    charge.setId(request.body);
    charge.setAmount(100);
    auto charged = charge.send().wait(rpc.getWaitScope());
    response.status = charged.getOk() ? 200 : 402;
  });
}

int main() {
  capnp::EzRpcClient rpc("payments.internal:5923");
  // Startup is not a request path.
  auto warm = rpc.getMain<shop::Payments>().chargeRequest();
  warm.send().wait(rpc.getWaitScope());
  httplib::Server server;
  Serve(server, rpc);
  capnp::EzRpcServer orders(
      kj::heap<OrdersImpl>(rpc.getMain<shop::Inventory>()), "0.0.0.0:5924");
  server.listen("0.0.0.0", 8080);
}
