// RUN: rm -rf %t && mkdir -p %t
// RUN: protoc --cpp_out=%t -I%inputs/lookalike/brpc %inputs/lookalike/brpc/shop.proto
// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%t --flags=-I%inputs/lookalike/brpc
//
// brpc serves and calls IDL services (protoc generic services) like gRPC:
// entries and calls are spelled Service.Method ("brpc Orders.Place",
// "brpc call Payments.Charge").
#include "shop.pb.h"
#include <brpc/channel.h>
#include <brpc/server.h>

brpc::Channel payments_channel;

class OrdersImpl final : public shop::Orders {
public:
  void Place(google::protobuf::RpcController *cntl_base, const shop::Req *req,
             shop::Resp *resp, google::protobuf::Closure *done) override {
    brpc::ClosureGuard done_guard(done);
    shop::Payments_Stub payments(&payments_channel);
    brpc::Controller cntl;
    payments.Charge(&cntl, req, resp, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking brpc call {{.*}}.Charge in the request path of brpc Orders.Place: the request now waits on {{.*}} being up and fast [coupling-sync-call-in-request-path]
  }
};
