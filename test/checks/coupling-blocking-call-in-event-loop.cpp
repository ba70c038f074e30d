// RUN: %check_both %s coupling-blocking-call-in-event-loop
//
// Code on a reactor thread must not block: a sync stub call or a sleep in a
// gRPC callback-API method fires; the same call in a sync-API method (its
// own thread) and an async call that completes on the reactor do not.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <thread>

std::unique_ptr<testsvc::Inventory::Stub> inventory;

void Throttle() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call std::this_thread::sleep_for on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]

class CatalogCallback final : public testsvc::Catalog::CallbackService {
  grpc::ServerUnaryReactor *Lookup(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *req,
                                   testsvc::Resp *resp) override {
    grpc::ClientContext client;
    client.set_deadline(ctx->deadline());
    inventory->Reserve(&client, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Inventory.Reserve on the event loop of gRPC Catalog.Lookup: it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    Throttle();
    auto *reactor = ctx->DefaultReactor();
    // The asynchronous client finishes the reactor when the answer comes.
    auto *later = new grpc::ClientContext;
    inventory->async()->Reserve(later, req, resp, [reactor](grpc::Status s) {
      reactor->Finish(s);
    });
    return reactor;
  }
};

class InventorySync final : public testsvc::Inventory::Service {
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *resp) override {
    Throttle(); // a sync-API handler has its own thread
    return grpc::Status::OK;
  }
};
