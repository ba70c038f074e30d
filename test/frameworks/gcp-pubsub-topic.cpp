// RUN: %check_both %s coupling-dual-write --flags=-I%inputs/lookalike/gcp-pubsub
//
// Known limit (docs/limits.md, "A queue or topic named on a request object,
// or when the publisher is built"): a Pub/Sub Publisher is bound to its
// topic when it is built, Publisher(MakePublisherConnection(Topic("shop",
// "orders"))), and Publish() takes only the message. The dual write is
// reported, named after the API rather than the topic. This test pins that;
// it fails when the topic gets its name.
#include <google/cloud/pubsub/publisher.h>
#include <httplib.h>
#include <sqlite3.h>

namespace pubsub = ::google::cloud::pubsub;
sqlite3 *db;

void Register(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite and publishes to google::cloud::pubsub::Publisher::Publish; if one succeeds and the other fails, they disagree [coupling-dual-write]
    pubsub::Publisher publisher(
        pubsub::MakePublisherConnection(pubsub::Topic("shop", "orders")));
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    publisher.Publish(pubsub::MessageBuilder{}.SetData(req.body).Build()).get();
  });
}
