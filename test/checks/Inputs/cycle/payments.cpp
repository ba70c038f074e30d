#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
std::unique_ptr<testsvc::Orders::Stub> orders;
class PaymentsImpl final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
                      testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return orders->Get(&ctx, *req, resp);
  }
};
