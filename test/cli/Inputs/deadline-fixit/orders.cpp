#include "testsvc.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <thread>

// The stubs Orders calls, each its own service.
std::unique_ptr<testsvc::Payments::Stub> payments; std::unique_ptr<testsvc::Inventory::Stub> inventory;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *server, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    grpc::Status charged = payments->Charge(&ctx, *req, resp);
    if (charged.ok()) {
      grpc::ClientContext reserve;
      if (!inventory->Reserve(&reserve, *req, resp).ok())
        return grpc::Status::CANCELLED;
    }
    grpc::ClientContext propagated;
    propagated.set_deadline(server->deadline());
    payments->Charge(&propagated, *req, resp);
    grpc::ClientContext quiet;
    payments->Charge(&quiet, *req, resp); // NOLINT(coupling-missing-deadline)
    return grpc::Status::OK;
  }
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return payments->Charge(&ctx, *req, resp);
  }
};

// Not on a request path: a background worker's call is no finding.
void Reconcile() {
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
}

int main() {
  std::thread worker(Reconcile);
  worker.join();
}
