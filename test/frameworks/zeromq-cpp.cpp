// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// ZeroMQ, C++ API (cppzmq): zmq::socket_t's type decides. The function that
// receives on a REP socket serves requests; a send on a REQ socket followed
// by a receive couples it to the other service (with rcvtimeo as deadline); a
// send on a PUB or PUSH socket does not, nor does the reply to its own client.
// A PULL worker and main() are not request paths.
#include <string>
#include <zmq.hpp>

zmq::context_t ctx;

void ServeOrders() {
  zmq::socket_t rep(ctx, zmq::socket_type::rep);
  rep.bind("tcp://*:5555");
  zmq::socket_t events(ctx, zmq::socket_type::pub);
  events.bind("tcp://*:5556");
  zmq::socket_t jobs(ctx, ZMQ_PUSH);
  jobs.connect("tcp://jobs.internal:5559");
  zmq::socket_t payments(ctx, zmq::socket_type::req);
  payments.connect("tcp://payments.internal:5557");
  payments.set(zmq::sockopt::rcvtimeo, 500);
  zmq::socket_t inventory(ctx, ZMQ_REQ);
  inventory.connect("tcp://inventory.internal:5558");

  for (;;) {
    zmq::message_t order;
    if (!rep.recv(order, zmq::recv_flags::none))
      continue;

    payments.send(zmq::buffer(order.to_string()), zmq::send_flags::none);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to payments.internal in the request path of zmq ServeOrders (service frameworks, named after its directory): the request now waits on payments.internal being up and fast [coupling-sync-call-in-request-path]
    zmq::message_t verdict;
    (void)payments.recv(verdict, zmq::recv_flags::none);

    inventory.send(order, zmq::send_flags::none);
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: warning: zmq call to inventory.internal in the request path of zmq ServeOrders{{.*}} has no deadline: it can wait as long as the callee hangs (the library default: none: a receive waits forever for the reply unless rcvtimeo is set) [coupling-missing-deadline]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:5: warning: started asynchronously and then waited for zmq call to inventory.internal in the request path of zmq ServeOrders{{.*}} [coupling-sync-call-in-request-path]
    zmq::message_t reserved;
    (void)inventory.recv(reserved);

    // Published and pushed: nobody answers, the handler does not wait.
    events.send(zmq::str_buffer("placed"), zmq::send_flags::dontwait);
    jobs.send(zmq::buffer(order.to_string()));
    // The answer to its own client.
    rep.send(verdict, zmq::send_flags::none);
  }
}

// A PULL worker consumes jobs: nobody waits for it.
void Work() {
  zmq::socket_t pull(ctx, zmq::socket_type::pull);
  pull.bind("tcp://*:5559");
  zmq::socket_t shipping(ctx, zmq::socket_type::req);
  shipping.connect("tcp://shipping.internal:5560");
  for (zmq::message_t job; pull.recv(job);) {
    shipping.send(job, zmq::send_flags::none);
    (void)shipping.recv(job);
  }
}

int main() {
  // Startup is not a request path.
  zmq::socket_t config(ctx, zmq::socket_type::req);
  config.connect("tcp://config.internal:5561");
  config.send(zmq::str_buffer("orders"));
  zmq::message_t settings;
  (void)config.recv(settings);
  ServeOrders();
}
