// XFAIL: *
// Engine gap: cppzmq's free functions take a zmq::socket_ref, and a
// zmq::socket_t reaches them through its conversion operator: the argument is
// `ImplicitCastExpr <UserDefinedConversion> (inventory.operator socket_ref())`.
// The engine's object resolution (context / object operands, and so
// requires_kind) does not look through a conversion-operator call, so the
// socket's kind is not found and send_multipart / recv_multipart on a REQ
// socket are neither a request nor a wait:
//
//   zmq::socket_t inventory(ctx, zmq::socket_type::req);
//   zmq::send_multipart(inventory, parts);          // not recognised
//   zmq::recv_multipart(inventory, std::back_inserter(reply));
//
// RUN: %check_both %s coupling-sync-call-in-request-path
#include <iterator>
#include <vector>
#include <zmq.hpp>
#include <zmq_addon.hpp>

zmq::context_t ctx;

void ServeOrders() {
  zmq::socket_t rep(ctx, zmq::socket_type::rep);
  rep.bind("tcp://*:5555");
  zmq::socket_t inventory(ctx, zmq::socket_type::req);
  inventory.connect("tcp://inventory.internal:5558");
  zmq::socket_t jobs(ctx, zmq::socket_type::push);
  jobs.connect("tcp://jobs.internal:5559");
  for (;;) {
    std::vector<zmq::message_t> order;
    if (!zmq::recv_multipart(rep, std::back_inserter(order)))
      continue;
    zmq::send_multipart(inventory, order);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to inventory.internal in the request path of zmq ServeOrders{{.*}} [coupling-sync-call-in-request-path]
    std::vector<zmq::message_t> reserved;
    (void)zmq::recv_multipart(inventory, std::back_inserter(reserved));
    // Pushed: not waited for.
    zmq::send_multipart(jobs, reserved);
    rep.send(zmq::str_buffer("ok"));
  }
}
