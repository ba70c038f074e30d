// RUN: rm -rf %t && mkdir -p %t
// RUN: protoc --cpp_out=%t -I%inputs/lookalike/brpc %inputs/lookalike/brpc/shop.proto
// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%t --flags=-I%inputs/lookalike/brpc
//
// protoc's generic services put the stub beside the service as
// <Service>_Stub; the callee is named after the service ("Payments").
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
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking brpc call {{(to )?}}Payments{{(.Charge)?}} in the request path of {{.*}}: the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
  }
};
