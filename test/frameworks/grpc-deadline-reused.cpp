// RUN: %check_both %s coupling-missing-deadline
//
// A deadline reused from a long-lived context is reported as such, on the
// real grpcpp headers. An absolute deadline (a std::chrono::time_point) set
// once does not move: on a member ClientContext armed in the constructor, or
// read from a time point computed once at startup, it has passed for every
// call after it, and they all fail at once. Deadlines computed per call, in
// a local or inline, are not reported.
#include "testsvc.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
// Computed once, when the process starts.
const std::chrono::system_clock::time_point startup_deadline =
    std::chrono::system_clock::now() + std::chrono::seconds(30);

class OrdersSync final : public testsvc::Orders::Service {
public:
  OrdersSync() {
    charge_ctx_.set_deadline(std::chrono::system_clock::now() +
                             std::chrono::seconds(5));
  }

  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    // The member context, and its deadline, serve every request.
    grpc::Status s = payments->Charge(&charge_ctx_, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: gRPC call Payments.Charge in the request path of gRPC Orders.Place reuses an absolute deadline set once on a long-lived context or value: it does not move, so once it has passed every later call fails at once [coupling-missing-deadline]
    if (!s.ok())
      return s;

    grpc::ClientContext once;
    once.set_deadline(startup_deadline);
    s = payments->Charge(&once, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: gRPC call Payments.Charge in the request path of gRPC Orders.Place reuses an absolute deadline {{.*}} [coupling-missing-deadline]
    if (!s.ok())
      return s;

    // Per call: inline, or kept in a local first.
    grpc::ClientContext fresh;
    fresh.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::milliseconds(150));
    s = payments->Charge(&fresh, *req, resp);
    if (!s.ok())
      return s;
    grpc::ClientContext local;
    auto until = std::chrono::system_clock::now() + std::chrono::seconds(1);
    local.set_deadline(until);
    return payments->Charge(&local, *req, resp);
  }

private:
  grpc::ClientContext charge_ctx_;
};
