// RUN: %check_both %s coupling-sync-call-in-request-path
//
// Known gap, kept as a test so it is noticed when fixed: std.json's
// std-future-wait rule names std::future::{wait,wait_for,wait_until} and the
// shared_future ones, but libstdc++ declares those in the base class
// std::__basic_future, so the qualified callee never matches. Waiting with
// get() is recognised (std.cpp); waiting with wait() is not, and this
// blocking-in-effect call goes unreported.
// XFAIL: *
#include "testsvc.grpc.pb.h"
#include <chrono>
#include <future>
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Inventory::Stub> inventory;

class OrdersSync final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    std::promise<grpc::Status> done;
    std::future<grpc::Status> reserved = done.get_future();
    inventory->async()->Reserve(&ctx, req, resp,
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for gRPC call Inventory.Reserve in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
                                [&done](grpc::Status s) { done.set_value(s); });
    reserved.wait_for(std::chrono::milliseconds(100));
    return grpc::Status::OK;
  }
};
