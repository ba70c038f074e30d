// XFAIL: *
// Engine gap: an object kind is attached to the local variable that
// zmq_socket() / zmq::socket_t(ctx, type) initialises, and nowhere else. A
// socket kept in a member, or handed to a helper as a parameter, has no kind
// there, so requires_kind rules do not fire: the usual client class around a
// REQ socket is invisible, and so is a server loop taking its REP socket as a
// parameter:
//
//   class PaymentsClient {
//     zmq::socket_t sock_{ctx, zmq::socket_type::req};   // member: no kind
//     bool Charge(...) { sock_.send(...); sock_.recv(...); }
//   };
//   void Serve(zmq::socket_t &rep) { rep.recv(...); }    // parameter: no kind
//
// RUN: %check_both %s coupling-sync-call-in-request-path
#include <string>
#include <zmq.hpp>

zmq::context_t ctx;

class PaymentsClient {
public:
  PaymentsClient() { sock_.connect("tcp://payments.internal:5557"); }
  bool Charge(const std::string &order) {
    sock_.send(zmq::buffer(order), zmq::send_flags::none);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to payments.internal in the request path of zmq Serve{{.*}} [coupling-sync-call-in-request-path]
    zmq::message_t verdict;
    return sock_.recv(verdict) && verdict.to_string() == "ok";
  }

private:
  zmq::socket_t sock_{ctx, zmq::socket_type::req};
};

void Serve(zmq::socket_t &rep, PaymentsClient &payments) {
  for (zmq::message_t order; rep.recv(order);)
    rep.send(zmq::str_buffer(payments.Charge(order.to_string()) ? "ok" : "no"));
}

int main() {
  zmq::socket_t rep(ctx, zmq::socket_type::rep);
  rep.bind("tcp://*:5555");
  PaymentsClient payments;
  Serve(rep, payments);
}
