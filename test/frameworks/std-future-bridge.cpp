// RUN: %check_both %s coupling-sync-call-in-request-path
//
// A callback API turned into a future: a helper starts the call, sets a
// std::promise in the callback and returns its future; the handler waits on
// it (`.get()`, or a variable's `.wait()`). The call is started
// asynchronously and then waited for, by the helper's caller. A future the
// handler drops, or a helper that returns nothing, leaves the call detached.
#include "testsvc.grpc.pb.h"
#include <future>
#include <grpcpp/grpcpp.h>
#include <memory>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;

std::future<grpc::Status> ChargeAsync(grpc::ClientContext *ctx,
                                      const testsvc::Req *req,
                                      testsvc::Resp *resp) {
  auto done = std::make_shared<std::promise<grpc::Status>>();
  payments->async()->Charge(ctx, req, resp,
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for gRPC call Payments.Charge in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
                            [done](grpc::Status s) { done->set_value(s); });
  return done->get_future();
}

// A promise owned by the callback, the callback named first.
std::future<grpc::Status> ReserveAsync(grpc::ClientContext *ctx, const testsvc::Req *req, testsvc::Resp *resp) {
  auto *promise = new std::promise<grpc::Status>;
  std::future<grpc::Status> reserved = promise->get_future();
  auto finish = [promise](grpc::Status s) { promise->set_value(s); delete promise; };
  inventory->async()->Reserve(ctx, req, resp, finish);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for gRPC call Inventory.Reserve in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
  return reserved;
}

// Returns nothing to wait on: the call is fire-and-forget.
void NotifyAsync(grpc::ClientContext *ctx, const testsvc::Req *req,
                 testsvc::Resp *resp) {
  auto done = std::make_shared<std::promise<grpc::Status>>();
  inventory->async()->Reserve(ctx, req, resp,
                              [done](grpc::Status s) { done->set_value(s); });
}

std::shared_future<grpc::Status> RefundAsync(grpc::ClientContext *ctx, const testsvc::Req *req, testsvc::Resp *resp) {
  std::promise<grpc::Status> *refunded = new std::promise<grpc::Status>;
  payments->async()->Charge(ctx, req, resp, [refunded](grpc::Status s) { refunded->set_value(s); });
  return refunded->get_future().share();
}

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext charge_ctx, reserve_ctx, notify_ctx;
    testsvc::Resp charged, reserved, notified;
    grpc::Status s = ChargeAsync(&charge_ctx, req, &charged).get();
    auto reservation = ReserveAsync(&reserve_ctx, req, &reserved);
    reservation.wait();
    NotifyAsync(&notify_ctx, req, &notified);
    return s;
  }

  // The future is dropped: nobody waits for the refund.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    static grpc::ClientContext refund_ctx;
    RefundAsync(&refund_ctx, req, resp);
    return grpc::Status::OK;
  }
};
