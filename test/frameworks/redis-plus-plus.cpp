// RUN: %check_both %s coupling-dual-write,coupling-blocking-call-in-event-loop --flags=-isystem%inputs/lookalike/redis-plus-plus
//
// redis-plus-plus (look-alike of sewenew/redis-plus-plus's redis.h and
// queued_redis.h): zadd, zrem, set and del are Redis writes, get, zrange and
// zrevrange reads, on Redis, RedisCluster or a Pipeline. A database write plus
// a Redis write on one request path is the two-datastore dual write
// (DeathStarBench's SocialGraph Follow); a Redis write plus a publish is a
// dual write; reads are not. Each command, and a pipeline's exec(), blocks an
// event loop. Startup code and NOLINT lines are quiet.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <iterator>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>
#include <sw/redis++/redis++.h>
#include <vector>

using namespace sw::redis;

Redis *redis;
RedisCluster *cluster;
sqlite3 *db;
rd_kafka_t *producer;

class Graph final : public testsvc::Orders::Service {
  // A database row and two sorted sets through a pipeline.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES-CLI: :[[@LINE-1]]:16: note: dual write across two datastores: gRPC Orders.Place writes to sqlite and to redis; {{.*}} [coupling-dual-write]
  // CHECK-MESSAGES-TIDY: :[[@LINE-2]]:16: warning: dual write across two datastores: gRPC Orders.Place writes to sqlite and to redis; {{.*}} [coupling-dual-write]
                     testsvc::Resp *) override {
    sqlite3_exec(db, "UPDATE graph SET n = n + 1", nullptr, nullptr, nullptr);
    auto pipe = redis->pipeline(false);
    pipe.zadd(req->id() + ":followees", "2", 1.0, UpdateType::NOT_EXIST)
        .zadd("2:followers", req->id(), 1.0, UpdateType::NOT_EXIST);
    pipe.exec();
    return grpc::Status::OK;
  }
  // Reads, then a publish: nothing to disagree.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *) override {
    std::vector<std::string> ids;
    redis->zrevrange(req->id(), 0, 9, std::back_inserter(ids));
    cluster->zrange(req->id(), 0, 9, std::back_inserter(ids));
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("timeline-read"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};

class Feed final : public testsvc::Catalog::CallbackService {
  grpc::ServerUnaryReactor *Lookup(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *req,
                                   testsvc::Resp *) override {
  // CHECK-MESSAGES: :[[@LINE-3]]:29: warning: dual write: gRPC Catalog.Lookup {{.*}}writes to redis and publishes to {{.*}} [coupling-dual-write]
    cluster->zadd(req->id(), "post", 1.0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call sw::redis::RedisCluster::zadd on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("post-added"), RD_KAFKA_V_END);
    redis->del(req->id()); // NOLINT(coupling-blocking-call-in-event-loop)
    return ctx->DefaultReactor();
  }
};

int main() {
  redis = new Redis(ConnectionOptions{});
  redis->set("warm", "1");
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("started"), RD_KAFKA_V_END);
  return 0;
}
