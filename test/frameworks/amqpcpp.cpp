// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop,coupling-dual-write --flags=-I%inputs/lookalike/amqpcpp
//
// AMQP-CPP (look-alike header): Channel::publish is a publish, never sync
// coupling; a database write with a publish in one HTTP handler is a dual
// write. Callbacks given to consume(queue).onReceived() and
// get(queue).onSuccess() are consumers that run on the connection's event
// loop: a blocking call there stalls every other delivery on it.
#include "testsvc.grpc.pb.h"
#include <amqpcpp.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sqlite3.h>
#include <thread>

AMQP::TcpChannel *channel;
sqlite3 *db;
std::unique_ptr<testsvc::Payments::Stub> payments;

void Register(httplib::Server &svr) {
  // A write and a publish: the outbox case.
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite and publishes to shop; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    channel->publish("shop", "order.created", req.body);
  });

  // Throttle inherits Tagger::publish (upstream throttle.h declares none).
  svr.Post("/refunds", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dual write: HTTP POST /refunds (service frameworks, named after its directory) writes to sqlite and publishes to refunds; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "UPDATE orders SET refunded = 1", nullptr, nullptr, nullptr);
    AMQP::Throttle throttle(*channel, 16);
    throttle.publish("refunds", "refund.created", req.body);
  });

  // Publishes alone, or after a read, are neither coupling nor dual writes.
  svr.Post("/notify", [](const httplib::Request &req, httplib::Response &) {
    AMQP::Envelope envelope(req.body.data(), req.body.size());
    channel->publish("", "notifications", envelope);
    AMQP::Reliable<> reliable(*channel);
    reliable.publish("audit", "notify", req.body);
  });
  svr.Get("/orders", [](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(db, "SELECT * FROM orders", nullptr, nullptr, nullptr);
    channel->publish("shop", "orders.listed", "{}");
  });
}

void Consume(AMQP::TcpChannel &ch) {
  // A consumer is not a request path: its call is no sync coupling, but it
  // blocks the event loop that delivers every other message.
  ch.consume("payments").onReceived(
      [&ch](const AMQP::Message &message, uint64_t tag, bool redelivered) {
        grpc::ClientContext ctx;
        testsvc::Req req;
        testsvc::Resp resp;
        payments->Charge(&ctx, req, &resp);
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking gRPC call Payments.Charge on the event loop of consumer payments (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
        ch.ack(tag);
      });
  ch.get("retries").onSuccess(
      [](const AMQP::Message &message, uint64_t tag, bool redelivered) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call std::this_thread::sleep_for on the event loop of consumer retries (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
      });
  // A consumer that only publishes does not block.
  ch.consume("orders").onMessage(
      [&ch](const AMQP::Message &message, uint64_t tag, bool) {
        ch.publish("shop", "order.seen", message.body(), message.bodySize());
        ch.ack(tag);
      });
}

int main() {
  AMQP::TcpHandler handler;
  AMQP::TcpConnection connection(&handler, AMQP::Address("amqp://guest:guest@rabbitmq.internal/"));
  AMQP::TcpChannel ch(&connection);
  channel = &ch;
  ch.publish("shop", "service.started", "{}");
  // Startup: a publish or a call before serving is no request path.
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  Consume(ch);
  httplib::Server svr;
  Register(svr);
  svr.listen("0.0.0.0", 8080);
}
