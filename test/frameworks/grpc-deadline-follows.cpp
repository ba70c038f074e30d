// RUN: %check_both %s coupling-missing-deadline
// The kinds themselves, from the shard (a constant would not fire either):
// RUN: rm -rf %t && %mkcdb %t -I%gen -- %s
// RUN: %decouple index -p %t --progress none
// RUN: %decouple index --dump %t/.decouple/shards/*.shard | %python -c "import json,sys; [print('site', s['location']['line'], s['deadline'], s.get('deadline_ms', '')) for s in json.load(sys.stdin)['sites'] if s['kind'] == 'remote-call']" | FileCheck %s --check-prefix=KIND
//
// Deadlines that follow the code, on the real grpcpp headers:
// - a ClientContext made by ClientContext::FromServerContext or
//   FromCallbackServerContext inherits the inbound deadline (gRPC's default
//   PropagationOptions): propagated, not missing;
// - a deadline set by a helper the handler passes its context to counts, to
//   any depth (a helper calling a helper);
// - a helper that takes the context but sets nothing leaves it missing.
#include "testsvc.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Payments::Stub> payments;

void WithBudget(grpc::ClientContext *ctx) {
  ctx->set_deadline(std::chrono::system_clock::now() +
                    std::chrono::milliseconds(150));
}
void WithDefaults(grpc::ClientContext &ctx) { WithBudget(&ctx); }
void Tag(grpc::ClientContext *ctx) { ctx->AddMetadata("x-caller", "orders"); }

class OrdersSync final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *server, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    auto ctx = grpc::ClientContext::FromServerContext(*server);
    return payments->Charge(ctx.get(), *req, resp); // propagated
    // KIND: site [[@LINE-1]] propagated
  }

  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext helped, tagged;
    WithDefaults(helped); // two levels down: set_deadline
    grpc::Status s = payments->Charge(&helped, *req, resp);
    // KIND-NEXT: site [[@LINE-1]] constant 150
    Tag(&tagged); // metadata only: still no deadline
    return payments->Charge(&tagged, *req, resp);
    // KIND-NEXT: site [[@LINE-1]] missing
    // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: gRPC call Payments.Charge in the request path of gRPC Orders.Get has no deadline{{.*}} [coupling-missing-deadline]
  }
};

class PaymentsCallback final : public testsvc::Payments::CallbackService {
  grpc::ServerUnaryReactor *Charge(grpc::CallbackServerContext *server,
                                   const testsvc::Req *req,
                                   testsvc::Resp *resp) override {
    auto *reactor = server->DefaultReactor();
    std::unique_ptr<grpc::ClientContext> ctx =
        grpc::ClientContext::FromCallbackServerContext(*server);
    payments->async()->Charge(ctx.get(), req, resp,
                              [reactor](grpc::Status s) { reactor->Finish(s); });
    // KIND-NEXT: site [[@LINE-2]] propagated
    return reactor;
  }
};
