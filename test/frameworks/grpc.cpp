// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop
//
// gRPC, against the real grpcpp headers and protoc-generated code: servers in
// the sync, callback and async (RequestX + CompletionQueue) styles, clients
// through the sync stub, stub->async() and PrepareAsyncX + Finish + cq.Next.
#include "testsvc.grpc.pb.h"
#include <future>
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;

// Sync API server: the override is an entry point.
class OrdersSync final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return payments->Charge(&ctx, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place: {{.*}} [coupling-sync-call-in-request-path]
  }
  // PrepareAsync + Finish + CompletionQueue::Next: started, then waited for.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    grpc::CompletionQueue cq;
    auto rpc = inventory->PrepareAsyncReserve(&ctx, *req, &cq);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: started asynchronously and then waited for gRPC call Inventory.Reserve in the request path of gRPC Orders.Get{{.*}} [coupling-sync-call-in-request-path]
    rpc->StartCall();
    grpc::Status status;
    rpc->Finish(resp, &status, reinterpret_cast<void *>(1));
    void *tag;
    bool ok;
    cq.Next(&tag, &ok);
    return status;
  }
};

// Callback API server: runs on a reactor thread.
class InventoryCallback final : public testsvc::Inventory::CallbackService {
  grpc::ServerUnaryReactor *Reserve(grpc::CallbackServerContext *ctx,
                                    const testsvc::Req *req,
                                    testsvc::Resp *resp) override {
    auto *reactor = ctx->DefaultReactor();
    // The non-blocking way: finish the reactor from the client's callback.
    auto *client = new grpc::ClientContext;
    payments->async()->Charge(client, req, resp,
                              [reactor](grpc::Status s) { reactor->Finish(s); });
    return reactor;
  }
};

class PaymentsCallback final : public testsvc::Payments::CallbackService {
  grpc::ServerUnaryReactor *Charge(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *req,
                                   testsvc::Resp *resp) override {
    // The blocking way: wait for the callback on the reactor thread.
    grpc::ClientContext client;
    std::promise<grpc::Status> done;
    inventory->async()->Reserve(&client, req, resp,
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Inventory.Reserve on the event loop of gRPC Payments.Charge{{.*}} [coupling-blocking-call-in-event-loop]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: started asynchronously and then waited for gRPC call Inventory.Reserve in the request path of gRPC Payments.Charge{{.*}} [coupling-sync-call-in-request-path]
                                [&done](grpc::Status s) { done.set_value(s); });
    auto *reactor = ctx->DefaultReactor();
    reactor->Finish(done.get_future().get());
    return reactor;
  }
};

// Async API server: the function that requests a method serves it.
struct CallData {
  testsvc::Catalog::AsyncService *service;
  grpc::ServerCompletionQueue *cq;
  grpc::ServerContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  grpc::ServerAsyncResponseWriter<testsvc::Resp> responder{&ctx};
  bool created = false;

  void Proceed() {
    if (!created) {
      created = true;
      service->RequestLookup(&ctx, &req, &responder, cq, cq, this);
      return;
    }
    grpc::ClientContext client;
    testsvc::Resp charged;
    payments->Charge(&client, req, &charged);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of gRPC Catalog.Lookup{{.*}} [coupling-sync-call-in-request-path]
    responder.Finish(charged, grpc::Status::OK, this);
  }
};

int main() {
  // A client call in main() is not a request path.
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
}
