// RUN: %check_both %s coupling-dual-write
//
// hiredis sends PUBLISH through the same redisCommand() as SET. A rule picks
// it by the first word of the format string ("arg_first_word"): PUBLISH and
// SPUBLISH are publishes to the channel that follows, every other command a
// datastore access. A write with a publish on one path is the outbox case; a
// read with a publish, or a publish alone, is not.
#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *redis;

void Register(httplib::Server &svr) {
  svr.Post("/order", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP POST /order{{.*}} writes to redis and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    freeReplyObject(redisCommand(redis, "SET order:42 %s", req.body.c_str()));
    freeReplyObject(redisCommand(redis, "PUBLISH orders %s", req.body.c_str()));
  });
  // A read and a publish: no dual write.
  svr.Post("/notify", [](const httplib::Request &req, httplib::Response &) {
    freeReplyObject(redisCommand(redis, "GET order:42"));
    freeReplyObject(redisCommand(redis, "publish notices %s", req.body.c_str()));
  });
}
