// RUN: %check_both %s coupling-sync-call-in-request-path
//
// A std::thread that the handler joins before it answers is fork-join, not
// background work: its callable's calls are on the request path (as in
// DeathStarBench 2021-03's ComposePostHandler, which starts upload workers
// with member-function pointers and joins them). A detached thread, a thread
// joined from another function and a thread started in startup code are not.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <thread>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;

void Charge() {
  grpc::ClientContext ctx;
  testsvc::Req r;
  testsvc::Resp out;
  payments->Charge(&ctx, r, &out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
}

std::thread *pending;

class OrdersImpl final : public testsvc::Orders::Service {
public:
  void Reserve(int n) {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp out;
    inventory->Reserve(&ctx, r, &out);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Inventory.Reserve in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
  }
  void Audit() {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp out;
    payments->Charge(&ctx, r, &out);
  }

  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *,
                     testsvc::Resp *) override {
    std::thread charge(Charge);
    std::thread reserve(&OrdersImpl::Reserve, this, 2);
    charge.join();
    reserve.join();
    return grpc::Status::OK;
  }
  // Detached, or joined by somebody else later: apart from the request.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *,
                   testsvc::Resp *) override {
    std::thread audit(&OrdersImpl::Audit, this);
    audit.detach();
    pending = new std::thread(&OrdersImpl::Audit, this);
    return grpc::Status::OK;
  }
};

void Shutdown() { pending->join(); }

int main() {
  std::thread warmup(Charge);
  warmup.join();
  return 0;
}
