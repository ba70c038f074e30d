// RUN: %check_both %s coupling-dual-write
// XFAIL: *
//
// Engine gap: a rule cannot pick its role from the text of a string argument.
// hiredis sends PUBLISH through the same redisCommand() as SET, so the pack
// can only make it a datastore call, decided read or write by its first word
// ("access": "verb"). A Redis PUBLISH is a publish to a channel; with a write
// on the same path it is the outbox case. Needed: a rule condition on the
// leading word of a string argument (e.g. "arg_prefix": {"1": ["PUBLISH",
// "SPUBLISH"]}), so that an async-publish rule can match only those calls.
#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *redis;

void Register(httplib::Server &svr) {
  svr.Post("/order", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP POST /order{{.*}} writes to redis and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    freeReplyObject(redisCommand(redis, "SET order:42 %s", req.body.c_str()));
    freeReplyObject(redisCommand(redis, "PUBLISH orders %s", req.body.c_str()));
  });
}
