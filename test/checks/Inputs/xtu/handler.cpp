#include "xtu.h"
#include <grpcpp/grpcpp.h>

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    resp->set_value(Checkout(req->id()));
    return grpc::Status::OK;
  }
};
