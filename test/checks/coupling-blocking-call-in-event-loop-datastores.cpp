// RUN: %check_both %s coupling-blocking-call-in-event-loop
//
// A synchronous database or cache call on a reactor thread blocks it as much
// as a sync stub call: hiredis' redisCommand/redisGetReply and MySQL
// Connector/C++ statements (real Debian headers) in a gRPC callback-API
// method fire. hiredis' async context, redisAppendCommand (it only buffers),
// the same calls in a sync-API method (its own thread), in startup code and
// on a NOLINT line do not.
#include "testsvc.grpc.pb.h"
#include <cppconn/connection.h>
#include <cppconn/prepared_statement.h>
#include <grpcpp/grpcpp.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <memory>

redisContext *cache;
redisAsyncContext *asyncCache;
sql::Connection *db;

class CatalogCallback final : public testsvc::Catalog::CallbackService {
  grpc::ServerUnaryReactor *Lookup(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *,
                                   testsvc::Resp *) override {
    redisCommand(cache, "GET item:%d", 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call redisCommand on the event loop of gRPC Catalog.Lookup: it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    redisAppendCommand(cache, "INCR hits");
    void *reply = nullptr;
    redisGetReply(cache, &reply);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call redisGetReply on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]
    std::unique_ptr<sql::PreparedStatement> stmt(
        db->prepareStatement("SELECT price FROM item WHERE id = ?"));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call sql::Connection::prepareStatement on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]
    stmt->executeQuery();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call sql::PreparedStatement::executeQuery on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]
    redisCommand(cache, "DEL item:%d", 2); // NOLINT(coupling-blocking-call-in-event-loop)
    auto *reactor = ctx->DefaultReactor();
    // The async context answers on the loop through a callback: no wait.
    redisAsyncCommand(asyncCache, [](redisAsyncContext *, void *, void *r) {
      static_cast<grpc::ServerUnaryReactor *>(r)->Finish(grpc::Status::OK);
    }, reactor, "GET item:%d", 1);
    return reactor;
  }
};

// The sync API runs each method on its own thread: no event loop.
class CatalogSync final : public testsvc::Catalog::Service {
  grpc::Status Lookup(grpc::ServerContext *, const testsvc::Req *,
                      testsvc::Resp *) override {
    redisCommand(cache, "GET item:%d", 1);
    std::unique_ptr<sql::PreparedStatement> stmt(
        db->prepareStatement("SELECT 1"));
    stmt->execute();
    return grpc::Status::OK;
  }
};

// Startup code may block.
int main() {
  cache = redisConnect("redis", 6379);
  redisCommand(cache, "PING");
  return 0;
}
