// RUN: rm -rf %t && mkdir -p %t
// RUN: protoc --cpp_out=%t -I%inputs/lookalike/brpc %inputs/lookalike/brpc/shop.proto
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path --flags=-I%t --flags=-I%inputs/lookalike/brpc
//
// brpc's coroutines (upstream example/coroutine/coroutine_server.cpp): the
// handler runs a coroutine that owns the done closure; the coroutine passes
// an AwaitableDone as the stub call's closure and co_awaits it. The request
// is answered only after the call: awaited, still synchronous. An
// AwaitableDone never awaited leaves the call detached. Headers: look-alike
// of brpc/coroutine.h (see its first lines).
#include "shop.pb.h"
#include <brpc/channel.h>
#include <brpc/coroutine.h>
#include <brpc/server.h>

using brpc::experimental::Awaitable;
using brpc::experimental::AwaitableDone;
using brpc::experimental::Coroutine;

brpc::Channel payments_channel;
brpc::Channel inventory_channel;

class OrdersImpl final : public shop::Orders {
public:
  void Place(google::protobuf::RpcController *cntl_base, const shop::Req *req,
             shop::Resp *resp, google::protobuf::Closure *done) override {
    Coroutine(PlaceAsync(req, resp, done), true);
  }

  Awaitable<void> PlaceAsync(const shop::Req *req, shop::Resp *resp,
                             google::protobuf::Closure *done) {
    brpc::ClosureGuard done_guard(done);
    shop::Payments_Stub stub(&payments_channel);
    brpc::Controller cntl;
    AwaitableDone done2;
    stub.Charge(&cntl, req, resp, &done2);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaited brpc call Payments.Charge in the request path of brpc Orders.Place{{.*}} [coupling-awaited-call-in-request-path]
    co_await done2.awaitable();
    if (cntl.Failed())
      resp->set_value(cntl.ErrorText());
  }

  // A sleep in the coroutine, no call: nothing to report.
  void Get(google::protobuf::RpcController *cntl_base, const shop::Req *req,
           shop::Resp *resp, google::protobuf::Closure *done) override {
    Coroutine(GetAsync(req, resp, done), true);
  }

  Awaitable<void> GetAsync(const shop::Req *req, shop::Resp *resp,
                           google::protobuf::Closure *done) {
    brpc::ClosureGuard done_guard(done);
    co_await Coroutine::usleep(1000);
    // Started with an AwaitableDone that nobody awaits: detached.
    shop::Inventory_Stub inventory(&inventory_channel);
    auto *cntl = new brpc::Controller;
    auto *reserved = new shop::Resp;
    auto *pending = new AwaitableDone;
    inventory.Reserve(cntl, req, reserved, pending);
    resp->set_value(req->id());
  }
};

int main() {
  brpc::ChannelOptions options;
  options.timeout_ms = 100;
  payments_channel.Init("payments.internal:8000", &options);
  brpc::Server server;
  OrdersImpl orders;
  server.AddService(&orders, brpc::SERVER_DOESNT_OWN_SERVICE);
  server.Start(8000, nullptr);
  server.RunUntilAskedToQuit();
}
