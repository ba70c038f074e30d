// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write --flags=-I%inputs/lookalike/simpleamqp
//
// SimpleAmqpClient (look-alike header): BasicPublish is a publish, never
// sync coupling; a database write with a publish in one HTTP handler is a
// dual write. A loop around BasicConsumeMessage is a consumer, not a request
// path. Publishing a request and then blocking in BasicConsumeMessage for
// the reply inside a handler is request/reply over the broker: the request
// waits for the other service as with a direct call.
#include "testsvc.grpc.pb.h"
#include <SimpleAmqpClient/SimpleAmqpClient.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sqlite3.h>

using AmqpClient::BasicMessage;
using AmqpClient::Channel;
using AmqpClient::Envelope;

Channel::ptr_t channel;
sqlite3 *db;
std::unique_ptr<testsvc::Payments::Stub> payments;

void Register(httplib::Server &svr) {
  // A write and a publish: the outbox case.
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite and publishes to shop; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    channel->BasicPublish("shop", "order.created", BasicMessage::Create(req.body));
  });

  // A publish alone is not coupling.
  svr.Post("/notify", [](const httplib::Request &req, httplib::Response &) {
    channel->BasicPublish("", "notifications", BasicMessage::Create(req.body));
  });

  // Request/reply over the broker: publish, then wait for the answer.
  svr.Post("/quote", [](const httplib::Request &req, httplib::Response &res) {
    std::string replies = channel->DeclareQueue("");
    std::string tag = channel->BasicConsume(replies);
    BasicMessage::ptr_t ask = BasicMessage::Create(req.body);
    ask->ReplyTo(replies);
    channel->BasicPublish("", "pricing.requests", ask);
    Envelope::ptr_t answer;
    if (channel->BasicConsumeMessage(tag, answer, 5000))
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking amqp call AmqpClient::Channel::BasicConsumeMessage in the request path of HTTP POST /quote (service frameworks, named after its directory): the request now waits on that service being up and fast [coupling-sync-call-in-request-path]
      res.set_content(answer->Message()->Body(), "application/json");
  });
}

// A worker: it consumes, and its blocking calls are no request's.
void Work() {
  std::string tag = channel->BasicConsume("orders", "", true, false);
  for (;;) {
    Envelope::ptr_t envelope = channel->BasicConsumeMessage(tag);
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&ctx, req, &resp);
    sqlite3_exec(db, "UPDATE orders SET paid = 1", nullptr, nullptr, nullptr);
    channel->BasicPublish("shop", "order.paid", BasicMessage::Create("{}"));
    channel->BasicAck(envelope);
  }
}

int main() {
  channel = Channel::Open(Channel::OpenOpts::FromUri("amqp://rabbitmq.internal"));
  channel->BasicPublish("shop", "service.started", BasicMessage::Create("{}"));
  // Startup: a publish or a call before serving is no request path.
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  httplib::Server svr;
  Register(svr);
  std::thread worker(Work);
  svr.listen("0.0.0.0", 8080);
}
