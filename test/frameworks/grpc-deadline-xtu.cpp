// RUN: %check_both %s coupling-missing-deadline --extra %S/Inputs/deadline-xtu/budget.cpp %S/Inputs/deadline-xtu/defaults.cpp --flags=-I%S/Inputs/deadline-xtu
//
// A deadline set by a helper defined in another TU, followed through the
// index's per-function summaries (TuSummary::DeadlineFlows) to any depth:
// WithDefaults (defaults.cpp) -> WithBudget (budget.cpp) -> set_deadline.
// A helper that only adds metadata (Tag) leaves the deadline missing.
#include "budget.h"
#include "testsvc.grpc.pb.h"

std::unique_ptr<testsvc::Payments::Stub> payments;

class OrdersSync final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext direct;
    WithBudget(&direct);
    return payments->Charge(&direct, *req, resp);
  }

  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext helped, tagged;
    WithDefaults(helped);
    grpc::Status s = payments->Charge(&helped, *req, resp);
    Tag(&tagged);
    return payments->Charge(&tagged, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: gRPC call Payments.Charge in the request path of gRPC Orders.Get has no deadline{{.*}} [coupling-missing-deadline]
  }
};
