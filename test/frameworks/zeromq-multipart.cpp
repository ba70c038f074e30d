// RUN: %check_both %s coupling-sync-call-in-request-path
//
// cppzmq's multipart free functions take a zmq::socket_ref, which a
// zmq::socket_t becomes through its conversion operator; the socket's type
// is found through that conversion. recv_multipart on a REP socket makes the
// entry point, send_multipart then recv_multipart on a REQ socket couples it
// to the other service, send_multipart on a PUSH socket is a publish. The
// same REQ round trip in main() or behind NOLINT does not fire.
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
  zmq::socket_t audit(ctx, zmq::socket_type::req);
  audit.connect("tcp://audit.internal:5560");
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
    zmq::send_multipart(audit, reserved); // NOLINT(coupling-sync-call-in-request-path)
    std::vector<zmq::message_t> logged;
    (void)zmq::recv_multipart(audit, std::back_inserter(logged));
    // Pushed: not waited for.
    zmq::send_multipart(jobs, reserved);
    rep.send(zmq::str_buffer("ok"));
  }
}

int main() {
  // Startup is not a request path.
  zmq::socket_t config(ctx, zmq::socket_type::req);
  config.connect("tcp://config.internal:5561");
  std::vector<zmq::message_t> ask;
  ask.emplace_back("orders", 6);
  zmq::send_multipart(config, ask);
  std::vector<zmq::message_t> settings;
  (void)zmq::recv_multipart(config, std::back_inserter(settings));
  ServeOrders();
}
