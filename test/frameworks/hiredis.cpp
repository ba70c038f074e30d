// RUN: %check_both %s coupling-dual-write,coupling-sync-call-in-request-path
//
// hiredis (real Debian headers): a command is a Redis read or write by the
// first word of its format string. A write and a publish, or a write and a
// call to another service, on one request path is a dual write; a read with a
// publish is not, and Redis commands themselves are never sync coupling.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>

redisContext *redis;
redisAsyncContext *redis_async;
rd_kafka_t *producer;
std::unique_ptr<testsvc::Payments::Stub> payments;

void OnReply(redisAsyncContext *, void *, void *) {}

void SaveCart(const std::string &id, const std::string &body) {
  auto *reply = static_cast<redisReply *>(
      redisCommand(redis, "HSET cart:%s body %s", id.c_str(), body.c_str()));
  freeReplyObject(reply);
}

void Register(httplib::Server &svr) {
  // A write through a helper, then a publish: the outbox case.
  svr.Post("/cart", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: dual write: HTTP POST /cart (service frameworks, named after its directory) writes to redis and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    SaveCart(req.get_param_value("id"), req.body);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("cart-updated"),
                      RD_KAFKA_V_END);
  });

  // INCR is a write; the gRPC call is a remote call: a dual write, and the
  // call itself is sync coupling.
  svr.Post("/checkout", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: dual write: HTTP POST /checkout (service frameworks, named after its directory) writes to redis and makes a gRPC call Payments.Charge; if one succeeds and the other fails, they disagree [coupling-dual-write]
    freeReplyObject(redisCommand(redis, "INCR orders:count"));
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&ctx, req, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP POST /checkout{{.*}} [coupling-sync-call-in-request-path]
  });

  // The async context: DEL is a write too.
  svr.Delete("/cart", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP DELETE /cart (service frameworks, named after its directory) writes to redis and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    redisAsyncCommand(redis_async, OnReply, nullptr, "DEL cart:%s", "42");
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("cart-cleared"),
                      RD_KAFKA_V_END);
  });

  // Reads with a publish: no dual write, and no sync coupling either.
  svr.Get("/cart", [](const httplib::Request &, httplib::Response &res) {
    auto *reply = static_cast<redisReply *>(redisCommand(redis, "GET cart:%s", "42"));
    auto *hash = static_cast<redisReply *>(redisCommand(redis, "hgetall cart:42"));
    redisAsyncCommand(redis_async, OnReply, nullptr, "EXISTS cart:42");
    res.set_content(reply->str, "application/json");
    freeReplyObject(reply);
    freeReplyObject(hash);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("cart-viewed"), RD_KAFKA_V_END);
  });

  // A write alone is not a dual write.
  svr.Put("/cart", [](const httplib::Request &req, httplib::Response &) {
    freeReplyObject(redisCommand(redis, "SET cart:42 %b", req.body.data(),
                                 req.body.size()));
  });
}

int main() {
  redis = redisConnect("redis.internal", 6379);
  // Startup work is not a request path.
  freeReplyObject(redisCommand(redis, "FLUSHDB"));
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("started"), RD_KAFKA_V_END);
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  httplib::Server svr;
  Register(svr);
  svr.listen("0.0.0.0", 8080);
}
