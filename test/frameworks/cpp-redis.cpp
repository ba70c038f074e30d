// RUN: %check_both %s coupling-dual-write,coupling-blocking-call-in-event-loop --flags=-isystem%inputs/lookalike/cpp_redis
//
// cpp_redis (look-alike of cpp-redis/cpp_redis's client.hpp): hset, zadd,
// zrem, del, expire and friends are Redis writes, hget, zrange, zrevrange and
// zcard reads. A write plus a publish on one request path is a dual write;
// reads with a publish are not. sync_commit() waits for Redis and blocks an
// event loop; commit() does not. Startup code and NOLINT lines are quiet.
#include "testsvc.grpc.pb.h"
#include <cpp_redis/cpp_redis>
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>

cpp_redis::client *redis;
rd_kafka_t *producer;

void Announce(const char *topic) {
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_END);
}

class Timeline final : public testsvc::Orders::Service {
  // DeathStarBench 2021-03's ComposePost: stage a part in a hash, then publish.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Place {{.*}}writes to redis and publishes to {{.*}} [coupling-dual-write]
                     testsvc::Resp *) override {
    auto staged = redis->hset(req->id(), "text", "hello");
    redis->hincrby(req->id(), "num_components", 1);
    redis->sync_commit();
    staged.get();
    Announce("post-composed");
    return grpc::Status::OK;
  }
  // Reads and a publish: nothing can disagree.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *) override {
    auto ids = redis->zrevrange(req->id(), 0, 9);
    auto n = redis->zcard(req->id());
    redis->sync_commit();
    Announce("timeline-read");
    return grpc::Status::OK;
  }
};

class Feed final : public testsvc::Catalog::CallbackService {
  grpc::ServerUnaryReactor *Lookup(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *req,
                                   testsvc::Resp *) override {
    redis->zadd(req->id(), {"NX"}, {{"1", "post"}});
    redis->sync_commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call cpp_redis::client::sync_commit on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]
    redis->zrem(req->id(), {"0"});
    redis->commit();
    redis->sync_commit(); // NOLINT(coupling-blocking-call-in-event-loop)
    return ctx->DefaultReactor();
  }
};

int main() {
  redis = new cpp_redis::client();
  redis->connect("redis", 6379);
  redis->del({"warm"});
  redis->sync_commit();
  Announce("started");
  return 0;
}
