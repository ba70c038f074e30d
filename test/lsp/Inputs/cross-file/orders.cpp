#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
std::unique_ptr<testsvc::Payments::Stub> payments;
class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return payments->Charge(&ctx, *req, resp);
  }
};
