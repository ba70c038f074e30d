// RUN: %check_both %s coupling-dual-write,coupling-blocking-call-in-event-loop
//
// libmemcached (real Debian headers): sets, deletes and counters are cache
// writes, gets and multi-gets reads. A cache write plus a database write on
// one request path is the weaker, two-datastore dual write; a cache fill
// after a read (one write) and reads alone are not. On an event loop every
// memcached call blocks. Startup code and NOLINT lines are not reported.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <libmemcached/memcached.h>
#include <sqlite3.h>

memcached_st *cache;
sqlite3 *db;

class Accounts final : public testsvc::Orders::Service {
  // The database and the cache: two datastores that can disagree.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *,
                     testsvc::Resp *) override {
  // CHECK-MESSAGES-CLI: :[[@LINE-2]]:16: note: dual write across two datastores: gRPC Orders.Place writes to sqlite and to memcached; {{.*}} [coupling-dual-write]
  // CHECK-MESSAGES-TIDY: :[[@LINE-3]]:16: warning: dual write across two datastores: gRPC Orders.Place writes to sqlite and to memcached; {{.*}} [coupling-dual-write]
    sqlite3_exec(db, "UPDATE accounts SET name = 'x'", nullptr, nullptr, nullptr);
    memcached_set(cache, "account:1", 9, "x", 1, 0, 0);
    return grpc::Status::OK;
  }
  // A read, then a cache fill: one write, no dual write.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *,
                   testsvc::Resp *) override {
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    char *hit = memcached_get(cache, "account:1", 9, &len, &flags, &rc);
    if (!hit) {
      sqlite3_exec(db, "SELECT name FROM accounts", nullptr, nullptr, nullptr);
      memcached_add(cache, "account:1", 9, "x", 1, 0, 0);
    }
    return grpc::Status::OK;
  }
};

class Catalog final : public testsvc::Catalog::CallbackService {
  grpc::ServerUnaryReactor *Lookup(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *,
                                testsvc::Resp *) override {
    const char *keys[] = {"a", "b"};
    size_t sizes[] = {1, 1};
    memcached_mget(cache, keys, sizes, 2);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call memcached_mget on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]
    memcached_delete(cache, "a", 1, 0); // NOLINT(coupling-blocking-call-in-event-loop)
    return ctx->DefaultReactor();
  }
};

int main() {
  cache = memcached_create(nullptr);
  sqlite3_exec(db, "DELETE FROM accounts", nullptr, nullptr, nullptr);
  memcached_set(cache, "warm", 4, "1", 1, 0, 0);
  return 0;
}
