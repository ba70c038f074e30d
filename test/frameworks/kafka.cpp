// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop,coupling-dual-write
//
// librdkafka, C and C++ APIs. A produce is an asynchronous publish: inside a
// handler it is not coupling. A consumer poll loop is an asynchronous entry,
// not a request path; a ConsumeCb callback runs on the consumer's poll thread.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

std::unique_ptr<testsvc::Catalog::Stub> catalog;
RdKafka::Producer *producer;
rd_kafka_t *rk;

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    // C++ API publish: the request does not wait for a consumer.
    producer->produce("order-requested", RdKafka::Topic::PARTITION_UA,
                      RdKafka::Producer::RK_MSG_COPY,
                      const_cast<char *>(req.body.data()), req.body.size(),
                      nullptr, 0, 0, nullptr);
    // C API publish.
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("audit"), RD_KAFKA_V_END);
    res.status = 202;
  });
}

// A poll loop owns its thread: the sync call delays this consumer only.
void ConsumeOrders(rd_kafka_t *consumer) {
  while (true) {
    rd_kafka_message_t *msg = rd_kafka_consumer_poll(consumer, 100);
    if (!msg)
      continue;
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    catalog->Lookup(&ctx, req, &resp);
    rd_kafka_message_destroy(msg);
  }
}

// A consume callback runs inside the client's poll: blocking there stalls it.
class PriceCallback : public RdKafka::ConsumeCb {
public:
  void consume_cb(RdKafka::Message &msg, void *) override {
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    catalog->Lookup(&ctx, req, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Catalog.Lookup on the event loop of consumer {{.*}}consume_cb{{.*}} [coupling-blocking-call-in-event-loop]
  }
};
