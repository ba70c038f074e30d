// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// ZeroMQ, C API: the socket type decides. The function that receives on a
// REP socket serves requests; in it, a send on a REQ socket followed by a
// receive waits for another service (with ZMQ_RCVTIMEO as its deadline),
// while a send on a PUB or PUSH socket, or the reply to its own client, does
// not. A SUB consumer and main() are not request paths.
#include <zmq.h>

void *ctx = nullptr;

void ServeOrders() {
  void *rep = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(rep, "tcp://*:5555");
  void *events = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(events, "tcp://*:5556");
  void *jobs = zmq_socket(ctx, ZMQ_PUSH);
  zmq_connect(jobs, "tcp://jobs.internal:5559");
  void *payments = zmq_socket(ctx, ZMQ_REQ);
  zmq_connect(payments, "tcp://payments.internal:5557");
  int timeout_ms = 500;
  zmq_setsockopt(payments, ZMQ_RCVTIMEO, &timeout_ms, sizeof timeout_ms);
  void *inventory = zmq_socket(ctx, ZMQ_REQ);
  zmq_connect(inventory, "tcp://inventory.internal:5558");

  char order[256];
  for (;;) {
    int n = zmq_recv(rep, order, sizeof order, 0);
    if (n < 0)
      continue;

    zmq_send(payments, order, n, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for zmq call to payments.internal in the request path of zmq ServeOrders (service frameworks, named after its directory): the request now waits on payments.internal being up and fast [coupling-sync-call-in-request-path]
    char verdict[16];
    zmq_recv(payments, verdict, sizeof verdict, 0);

    zmq_msg_t request;
    zmq_msg_init_data(&request, order, n, nullptr, nullptr);
    zmq_msg_send(&request, inventory, 0);
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: warning: zmq call to inventory.internal in the request path of zmq ServeOrders{{.*}} has no deadline: it can wait as long as the callee hangs (the library default: none: a receive waits forever for the reply unless ZMQ_RCVTIMEO is set) [coupling-missing-deadline]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:5: warning: started asynchronously and then waited for zmq call to inventory.internal in the request path of zmq ServeOrders{{.*}} [coupling-sync-call-in-request-path]
    zmq_msg_t reserved;
    zmq_msg_init(&reserved);
    zmq_msg_recv(&reserved, inventory, 0);
    zmq_msg_close(&reserved);

    // Published and pushed: nobody answers, the handler does not wait.
    zmq_send(events, "placed", 6, 0);
    zmq_send(jobs, order, n, 0);
    // The answer to its own client.
    zmq_send(rep, verdict, sizeof verdict, 0);
  }
}

// A subscriber consumes events: nobody waits for it.
void ConsumePlaced() {
  void *sub = zmq_socket(ctx, ZMQ_SUB);
  zmq_connect(sub, "tcp://orders.internal:5556");
  zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "placed", 6);
  void *shipping = zmq_socket(ctx, ZMQ_REQ);
  zmq_connect(shipping, "tcp://shipping.internal:5560");
  char event[64];
  while (zmq_recv(sub, event, sizeof event, 0) >= 0) {
    zmq_send(shipping, event, sizeof event, 0);
    zmq_recv(shipping, event, sizeof event, 0);
  }
}

int main() {
  ctx = zmq_ctx_new();
  // Startup is not a request path.
  void *config = zmq_socket(ctx, ZMQ_REQ);
  zmq_connect(config, "tcp://config.internal:5561");
  zmq_send(config, "orders", 6, 0);
  char settings[256];
  zmq_recv(config, settings, sizeof settings, 0);
  ServeOrders();
}
