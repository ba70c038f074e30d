// RUN: rm -rf %t && mkdir -p %t
// RUN: protoc --cpp_out=%t -I%inputs/lookalike/brpc %inputs/lookalike/brpc/shop.proto
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write --flags=-I%t --flags=-I%inputs/lookalike/brpc
//
// brpc (look-alike headers over real protoc generic services): overrides of
// the generated service methods are handlers; <Service>_Stub calls without a
// done closure block, calls with one are asynchronous and coupling only when
// the handler then waits in brpc::Join. The generated stubs themselves are
// no handlers, and calls at startup are no request path.
//
// The callee names ("Payments", not "Payments_Stub") and the Service.Method
// spelling of brpc entries are pinned in brpc-stub-name.cpp and
// brpc-naming.cpp.
#include "shop.pb.h"
#include <brpc/callback.h>
#include <brpc/channel.h>
#include <brpc/server.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

brpc::Channel payments_channel;
brpc::Channel inventory_channel;
brpc::Channel pricing_channel;
rd_kafka_t *producer;
sqlite3 *db;

void OnReserved(brpc::Controller *cntl, shop::Resp *resp) {}

class OrdersImpl final : public shop::Orders {
public:
  void Place(google::protobuf::RpcController *cntl_base, const shop::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: dual write: brpc Orders.Place writes to sqlite and makes a brpc call Payments.Charge; if one succeeds and the other fails, they disagree [coupling-dual-write]
             shop::Resp *resp, google::protobuf::Closure *done) override {
    brpc::ClosureGuard done_guard(done);
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);

    shop::Payments_Stub payments(&payments_channel);
    brpc::Controller pay_cntl;
    pay_cntl.set_timeout_ms(200);
    shop::Resp charged;
    payments.Charge(&pay_cntl, req, &charged, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking brpc call Payments.Charge in the request path of brpc Orders.Place: the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]

    // Started with a closure, then joined: still synchronous.
    shop::Inventory_Stub inventory(&inventory_channel);
    auto *inv_cntl = new brpc::Controller;
    auto *reserved = new shop::Resp;
    inventory.Reserve(inv_cntl, req, reserved,
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for brpc call Inventory.Reserve in the request path of brpc Orders.Place: the request now waits on Inventory{{.*}} being up and fast [coupling-sync-call-in-request-path]
                      brpc::NewCallback(OnReserved, inv_cntl, reserved));
    brpc::Join(inv_cntl->call_id());
    resp->set_value(charged.value());
  }

  // A call with a closure that is never waited for, and a publish: neither
  // couples the request in time. A read makes no dual write.
  void Get(google::protobuf::RpcController *cntl_base, const shop::Req *req,
           shop::Resp *resp, google::protobuf::Closure *done) override {
    brpc::ClosureGuard done_guard(done);
    sqlite3_exec(db, "SELECT * FROM orders", nullptr, nullptr, nullptr);
    shop::Inventory_Stub inventory(&inventory_channel);
    auto *cntl = new brpc::Controller;
    auto *reserved = new shop::Resp;
    inventory.Reserve(cntl, req, reserved,
                      brpc::NewCallback(OnReserved, cntl, reserved));
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-viewed"), RD_KAFKA_V_END);
  }
};

class PaymentsImpl final : public shop::Payments {
public:
  // A raw channel call (HTTP through brpc), blocking: no stub, no service
  // name from an IDL.
  void Charge(google::protobuf::RpcController *cntl_base, const shop::Req *req,
              shop::Resp *resp, google::protobuf::Closure *done) override {
    brpc::ClosureGuard done_guard(done);
    brpc::Controller cntl;
    cntl.http_request().uri() = "http://pricing.internal/price";
    pricing_channel.CallMethod(NULL, &cntl, NULL, NULL, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking brpc call brpc::Channel::CallMethod in the request path of brpc Payments.Charge: the request now waits on that service being up and fast [coupling-sync-call-in-request-path]
  }
};

int main() {
  brpc::ChannelOptions options;
  options.timeout_ms = 100;
  payments_channel.Init("payments.internal:8000", &options);
  inventory_channel.Init("list://inventory-1:8000,inventory-2:8000", "rr", &options);
  // Startup: a blocking call before serving is no request path.
  shop::Payments_Stub payments(&payments_channel);
  brpc::Controller cntl;
  shop::Req req;
  shop::Resp resp;
  payments.Charge(&cntl, &req, &resp, nullptr);
  brpc::Server server;
  OrdersImpl orders;
  PaymentsImpl payments_impl;
  server.AddService(&orders, brpc::SERVER_DOESNT_OWN_SERVICE);
  server.AddService(&payments_impl, brpc::SERVER_DOESNT_OWN_SERVICE);
  server.Start(8000, nullptr);
  server.RunUntilAskedToQuit();
}
