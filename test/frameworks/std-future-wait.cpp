// RUN: %check_both %s coupling-sync-call-in-request-path
//
// std::future::{wait,wait_for,wait_until} are declared in libstdc++'s base
// class std::__basic_future, so std.json matches them by the object's type
// (receiver_type): waiting with wait_for() after a callback stub call is a
// join, like get() (std.cpp). A future never waited for is detached.
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
  // The future is made but never waited for: the call stays detached.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    static grpc::ClientContext ctx;
    static std::promise<grpc::Status> done;
    std::future<grpc::Status> unused = done.get_future();
    inventory->async()->Reserve(&ctx, req, resp,
                                [](grpc::Status s) { done.set_value(s); });
    return grpc::Status::OK;
  }
};
