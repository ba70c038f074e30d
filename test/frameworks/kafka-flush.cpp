// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// librdkafka's flush() waits until the broker has acknowledged every queued
// message: inside a handler, the request waits on the broker. A produce alone
// does not wait (kafka.cpp), and a flush at shutdown is not a request path.
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

RdKafka::Producer *producer;
rd_kafka_t *rk;

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    producer->produce("order-requested", RdKafka::Topic::PARTITION_UA,
                      RdKafka::Producer::RK_MSG_COPY,
                      const_cast<char *>(req.body.data()), req.body.size(),
                      nullptr, 0, 0, nullptr);
    producer->flush(5000);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking kafka call RdKafka::Producer::flush in the request path of HTTP POST /orders{{.*}} [coupling-sync-call-in-request-path]
    res.status = 201;
  });
  svr.Post("/audit", [](const httplib::Request &, httplib::Response &res) {
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("audit"), RD_KAFKA_V_END);
    rd_kafka_flush(rk, -1);
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: warning: blocking kafka call rd_kafka_flush in the request path of HTTP POST /audit{{.*}} [coupling-sync-call-in-request-path]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:5: warning: kafka call rd_kafka_flush in the request path of HTTP POST /audit{{.*}} has no deadline{{.*}}-1 waits forever) [coupling-missing-deadline]
    res.status = 201;
  });
}

int main() {
  httplib::Server svr;
  Routes(svr);
  producer->flush(10000); // shutdown: no request path
  rd_kafka_flush(rk, 10000);
}
