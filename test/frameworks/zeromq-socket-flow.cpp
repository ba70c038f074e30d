// RUN: %check_both %s coupling-sync-call-in-request-path
//
// ZeroMQ sockets away from the local they were created in keep their type:
// a REQ socket in a class member (default member initializer, the
// constructor's mem-initializer or an assignment in its body), in a struct
// field, or passed to a helper as a parameter still sends requests, and a
// REP socket passed to the server loop still makes it the entry point. A PUSH socket in a member is a
// publish; REQ members used only from main() or from a detached thread are
// off the request path; NOLINT silences a line.
#include <string>
#include <thread>
#include <zmq.hpp>

zmq::context_t ctx;

// Default member initializer.
class PaymentsClient {
public:
  PaymentsClient() { sock_.connect("tcp://payments.internal:5557"); }
  bool Charge(const std::string &order) {
    sock_.send(zmq::buffer(order), zmq::send_flags::none);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to payments.internal in the request path of zmq Serve{{.*}} [coupling-sync-call-in-request-path]
    zmq::message_t verdict;
    return sock_.recv(verdict) && verdict.to_string() == "ok";
  }
  bool Refund(const std::string &order) {
    sock_.send(zmq::buffer(order)); // NOLINT(coupling-sync-call-in-request-path)
    zmq::message_t verdict;
    return sock_.recv(verdict).has_value();
  }

private:
  zmq::socket_t sock_{ctx, zmq::socket_type::req};
};

// Mem-initializer.
class ShippingClient {
public:
  ShippingClient() : sock_(ctx, zmq::socket_type::req) {
    sock_.connect("tcp://shipping.internal:5560");
  }
  void Ship(const std::string &order) {
    sock_.send(zmq::buffer(order));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to shipping.internal in the request path of zmq Serve{{.*}} [coupling-sync-call-in-request-path]
    zmq::message_t ack;
    (void)sock_.recv(ack);
  }

private:
  zmq::socket_t sock_;
};

// Assigned in the constructor's body, with the C API.
class TaxClient {
public:
  TaxClient() {
    sock_ = zmq_socket(ctx.handle(), ZMQ_REQ);
    zmq_connect(sock_, "tcp://tax.internal:5564");
  }
  int Quote(const std::string &order) {
    zmq_send(sock_, order.data(), order.size(), 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to tax.internal in the request path of zmq Serve{{.*}} [coupling-sync-call-in-request-path]
    char cents[16];
    return zmq_recv(sock_, cents, sizeof cents, 0);
  }

private:
  void *sock_ = nullptr;
};

// A struct field.
struct InventoryConn {
  zmq::socket_t sock{ctx, zmq::socket_type::req};
};
bool Reserve(InventoryConn &conn, const std::string &order) {
  conn.sock.send(zmq::buffer(order));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for zmq call to inventory.internal in the request path of zmq Serve{{.*}} [coupling-sync-call-in-request-path]
  zmq::message_t reply;
  return conn.sock.recv(reply).has_value();
}

// A parameter: the callers in this TU pass a REQ socket.
std::string Ask(zmq::socket_t &sock, const std::string &question) {
  sock.send(zmq::buffer(question));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for zmq call to fraud.internal in the request path of zmq Serve{{.*}} [coupling-sync-call-in-request-path]
  zmq::message_t answer;
  (void)sock.recv(answer);
  return answer.to_string();
}

// A PUSH socket in a member hands work to a queue: nobody answers.
class JobQueue {
public:
  JobQueue() { sock_.connect("tcp://jobs.internal:5559"); }
  void Enqueue(const std::string &job) { sock_.send(zmq::buffer(job)); }

private:
  zmq::socket_t sock_{ctx, zmq::socket_type::push};
};

// REQ members used only at startup and on a detached thread.
class RegistryClient {
public:
  RegistryClient() { sock_.connect("tcp://registry.internal:5561"); }
  void Register() {
    sock_.send(zmq::str_buffer("orders"));
    zmq::message_t ok;
    (void)sock_.recv(ok);
  }

private:
  zmq::socket_t sock_{ctx, zmq::socket_type::req};
};
class MetricsClient {
public:
  MetricsClient() : sock_(ctx, zmq::socket_type::req) {
    sock_.connect("tcp://metrics.internal:5562");
  }
  void Report(const std::string &what) {
    sock_.send(zmq::buffer(what));
    zmq::message_t ok;
    (void)sock_.recv(ok);
  }

private:
  zmq::socket_t sock_;
};

void Serve(zmq::socket_t &rep, PaymentsClient &payments,
           ShippingClient &shipping, InventoryConn &inventory,
           TaxClient &tax, JobQueue &jobs, MetricsClient &metrics) {
  zmq::socket_t fraud(ctx, zmq::socket_type::req);
  fraud.connect("tcp://fraud.internal:5563");
  for (zmq::message_t order; rep.recv(order);) {
    std::string id = order.to_string();
    bool ok = Ask(fraud, id) == "clean" && Reserve(inventory, id) &&
              tax.Quote(id) > 0 && payments.Charge(id);
    if (!ok)
      payments.Refund(id);
    shipping.Ship(id);
    jobs.Enqueue(id);
    std::thread([&metrics, id] { metrics.Report(id); }).detach();
    rep.send(zmq::str_buffer(ok ? "ok" : "no"));
  }
}

int main() {
  zmq::socket_t rep(ctx, zmq::socket_type::rep);
  rep.bind("tcp://*:5555");
  RegistryClient registry;
  registry.Register();
  PaymentsClient payments;
  ShippingClient shipping;
  InventoryConn inventory;
  inventory.sock.connect("tcp://inventory.internal:5558");
  TaxClient tax;
  JobQueue jobs;
  MetricsClient metrics;
  Serve(rep, payments, shipping, inventory, tax, jobs, metrics);
}
