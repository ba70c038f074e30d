// RUN: %check_both %s coupling-sync-call-in-request-path --extra %S/Inputs/zeromq-xtu/main.cpp --flags=-I%S/Inputs/zeromq-xtu
//
// Pins a gap (docs/limits.md, "ZeroMQ socket types stay in their TU"): a
// socket's type follows it into the parameters of the functions its own TU
// calls, not across TUs. Serve takes its REP and REQ sockets from main() in
// Inputs/zeromq-xtu/main.cpp, so here they have no type: Serve is not an
// entry point and its send is not a request. The same loop (Relay) on
// sockets ServeLocal creates in this TU is both.
#include "serve.h"

zmq::context_t ctx;

void Serve(zmq::socket_t &rep, zmq::socket_t &payments) {
  for (zmq::message_t order; rep.recv(order);) {
    payments.send(order, zmq::send_flags::none);
    zmq::message_t verdict;
    (void)payments.recv(verdict);
    rep.send(verdict, zmq::send_flags::none);
  }
}

void Relay(zmq::socket_t &rep, zmq::socket_t &payments) {
  for (zmq::message_t order; rep.recv(order);) {
    payments.send(order, zmq::send_flags::none);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to payments.internal in the request path of zmq Relay{{.*}} [coupling-sync-call-in-request-path]
    zmq::message_t verdict;
    (void)payments.recv(verdict);
    rep.send(verdict, zmq::send_flags::none);
  }
}

void ServeLocal() {
  zmq::socket_t rep(ctx, zmq::socket_type::rep);
  rep.bind("tcp://*:5556");
  zmq::socket_t payments(ctx, zmq::socket_type::req);
  payments.connect("tcp://payments.internal:5557");
  Relay(rep, payments);
}
