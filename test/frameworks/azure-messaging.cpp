// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write --flags=-I%inputs/lookalike/azure-messaging
//
// Azure messaging (look-alike headers): Event Hubs ProducerClient::Send and
// Service Bus ServiceBusSender::SendMessage are publishes, never sync
// coupling; a database write with one in the same handler is a dual write.
// Functions that receive (PartitionClient::ReceiveEvents,
// ServiceBusReceiver::ReceiveMessages) are consumers, not request paths.
// cpp-httplib serves the requests. The queue, topic or event hub is named
// where the sender is built, not at the send (see gcp-pubsub-topic.cpp).
#include "testsvc.grpc.pb.h"
#include <azure/messaging/eventhubs.hpp>
#include <azure/messaging/servicebus.hpp>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sqlite3.h>

namespace eventhubs = Azure::Messaging::EventHubs;
namespace servicebus = Azure::Messaging::ServiceBus;

eventhubs::ProducerClient *telemetry;
servicebus::ServiceBusSender *orders_queue;
sqlite3 *db;
std::unique_ptr<testsvc::Payments::Stub> payments;

void Register(httplib::Server &svr) {
  // A write and a Service Bus send: the outbox case.
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    orders_queue->SendMessage(servicebus::ServiceBusMessage(req.body));
  });

  // An UPDATE and an Event Hubs batch: also a dual write.
  svr.Put("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP PUT /orders (service frameworks, named after its directory) writes to sqlite and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "UPDATE orders SET paid = 1", nullptr, nullptr, nullptr);
    auto batch = telemetry->CreateBatch();
    batch.TryAdd(eventhubs::Models::EventData(req.body));
    telemetry->Send(batch);
  });

  // Sends alone, or after a read: no coupling, no dual write.
  svr.Get("/orders", [](const httplib::Request &req, httplib::Response &) {
    sqlite3_exec(db, "SELECT * FROM orders", nullptr, nullptr, nullptr);
    telemetry->Send(eventhubs::Models::EventData("viewed"));
    orders_queue->SendMessages({servicebus::ServiceBusMessage("a"),
                                servicebus::ServiceBusMessage("b")});
  });
}

// Workers: consumers, whose blocking calls are no request's.
void DrainQueue(servicebus::ServiceBusReceiver &receiver) {
  for (;;) {
    for (auto &message : receiver.ReceiveMessages(10)) {
      grpc::ClientContext ctx;
      testsvc::Req req;
      testsvc::Resp resp;
      payments->Charge(&ctx, req, &resp);
      sqlite3_exec(db, "UPDATE orders SET charged = 1", nullptr, nullptr, nullptr);
      orders_queue->SendMessage(servicebus::ServiceBusMessage("charged"));
      receiver.CompleteMessage(message);
    }
  }
}

void ReadPartition(eventhubs::ConsumerClient &consumer) {
  auto partition = consumer.CreatePartitionClient("0");
  for (;;) {
    auto events = partition.ReceiveEvents(50);
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&ctx, req, &resp);
  }
}

int main() {
  eventhubs::ProducerClient producer("Endpoint=sb://shop.servicebus.windows.net/", "telemetry");
  telemetry = &producer;
  servicebus::ServiceBusClient client("Endpoint=sb://shop.servicebus.windows.net/");
  servicebus::ServiceBusSender sender = client.CreateSender("orders");
  orders_queue = &sender;
  sender.SendMessage(servicebus::ServiceBusMessage("started"));
  // Startup: a publish or a call before serving is no request path.
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  httplib::Server svr;
  Register(svr);
  svr.listen("0.0.0.0", 8080);
}
