#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
std::unique_ptr<testsvc::Inventory::Stub> inventory;
class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return inventory->Reserve(&ctx, *req, resp);
  }
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *,
                   testsvc::Resp *) override {
    return grpc::Status::OK;
  }
};
