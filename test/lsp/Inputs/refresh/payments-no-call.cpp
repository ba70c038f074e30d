#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
// test/checks/Inputs/cycle/payments.cpp without its call to Orders.
class PaymentsImpl final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *,
                      testsvc::Resp *) override {
    return grpc::Status::OK;
  }
};
