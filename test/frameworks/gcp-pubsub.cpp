// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop,coupling-dual-write --flags=-I%inputs/lookalike/gcp-pubsub
//
// Google Cloud Pub/Sub (look-alike headers): Publisher::Publish returns a
// future; waiting on it with .get() waits for the broker's acknowledgement,
// not for any consumer, so it stays a publish: no sync coupling, but with a
// database write in the same handler it is a dual write. The callback given
// to Subscriber::Subscribe is a consumer on the client's I/O thread pool.
// The gRPC Orders service is the request side.
#include "testsvc.grpc.pb.h"
#include <google/cloud/pubsub/publisher.h>
#include <google/cloud/pubsub/subscriber.h>
#include <grpcpp/grpcpp.h>
#include <sqlite3.h>

namespace pubsub = ::google::cloud::pubsub;

pubsub::Publisher *publisher;
sqlite3 *db;
std::unique_ptr<testsvc::Payments::Stub> payments;

class OrdersImpl final : public testsvc::Orders::Service {
  // A write and a publish waited for: the outbox case, not sync coupling.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Place writes to sqlite and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
                     testsvc::Resp *resp) override {
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    auto id = publisher
                  ->Publish(pubsub::MessageBuilder{}.SetData(req->id()).Build())
                  .get();
    if (!id)
      return grpc::Status::CANCELLED;
    resp->set_value(*id);
    return grpc::Status::OK;
  }

  // A read, a publish not waited for and a blocking publish: no coupling,
  // no dual write.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    sqlite3_exec(db, "SELECT * FROM orders", nullptr, nullptr, nullptr);
    publisher->Publish(pubsub::MessageBuilder{}.SetData("viewed").Build())
        .then([](auto f) { return f.get().ok(); });
    pubsub::BlockingPublisher blocking(pubsub::MakeBlockingPublisherConnection());
    blocking.Publish(pubsub::Topic("shop", "audit"),
                     pubsub::MessageBuilder{}.SetData(req->id()).Build());
    return grpc::Status::OK;
  }
};

// A subscriber: its callback is a consumer; a blocking call in it holds one
// of the client's I/O threads.
google::cloud::future<google::cloud::Status> Listen(pubsub::Subscriber subscriber) {
  return subscriber.Subscribe([](pubsub::Message const &m, pubsub::AckHandler h) {
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&ctx, req, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge on the event loop of consumer Listen::(lambda at gcp-pubsub.cpp:[[@LINE-5]]) (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    std::move(h).ack();
  });
}

int main() {
  pubsub::Publisher pub(pubsub::MakePublisherConnection(pubsub::Topic("shop", "orders")));
  publisher = &pub;
  pub.Publish(pubsub::MessageBuilder{}.SetData("started").Build()).get();
  // Startup: a publish or a call before serving is no request path.
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  auto session = Listen(pubsub::Subscriber(
      pubsub::MakeSubscriberConnection(pubsub::Subscription("shop", "payments"))));
  session.get();
}
