// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%S/Inputs/generated
// RUN: rm -rf %t && mkdir -p %t
// RUN: %mkcdb %t/cdb -I%S/Inputs/generated -I%gen -- %s
// RUN: not %decouple check -p %t/cdb --checks=coupling-sync-call-in-request-path --progress none > %t/all.txt
// RUN: FileCheck %s --check-prefix=WHERE < %t/all.txt
// The site names the API the generated code calls, at the project's line:
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/*.shard | FileCheck %s --check-prefix=SITE
//
// Findings sit where the project's code makes the call. A generated header
// (a generator's banner in its first lines, whatever the file is called)
// whose inline function makes the remote call is looked through: the
// finding is on the project's call into it, never on a line of the
// generated file. The project's own helper keeps the finding on its line.
// WHERE-NOT: payments_rpc.h{{.*}}: warning:
// WHERE: generated-header-call.cpp:[[#@LINE+26]]:10: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place
// WHERE-NOT: payments_rpc.h{{.*}}: warning:
// WHERE: generated-header-call.cpp:[[#@LINE+42]]:10: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Get
// WHERE-NOT: {{.*}}: warning:
// SITE: "sites": [
// SITE-NOT: payments_rpc.h
// SITE: "callee": "testsvc::Payments::Stub::Charge",
// SITE: "deadline": "missing",
// SITE-NEXT: "function": "c:@S@Orders@F@Place
// SITE-NEXT: "kind": "remote-call",
// SITE-NEXT: "location": {
// SITE-NEXT: "column": 10,
// SITE-NEXT: "file": "{{.*}}generated-header-call.cpp",
// SITE-NEXT: "line": [[#@LINE+13]]
// SITE-NOT: payments_rpc.h
#include "payments_rpc.h"

std::unique_ptr<testsvc::Payments::Stub> payments;
namespace shoplocal {
bool Charge(testsvc::Payments::Stub &stub, const testsvc::Req &req);
}

class Orders final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    testsvc::Req charge = shoprpc::MakeReq(req->id()); // no remote call
    if (!shoprpc::Charge(*payments, charge))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
      return grpc::Status(grpc::StatusCode::ABORTED, "declined");
    return grpc::Status::OK;
  }
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *) override {
    // NOLINTNEXTLINE(coupling-sync-call-in-request-path)
    shoprpc::Charge(*payments, *req);
    shoplocal::Charge(*payments, *req);
    return grpc::Status::OK;
  }
};

// The project's own helper, with no generator banner: its line is reported.
bool shoplocal::Charge(testsvc::Payments::Stub &stub, const testsvc::Req &req) {
  grpc::ClientContext ctx;
  testsvc::Resp resp;
  return stub.Charge(&ctx, req, &resp).ok();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Get{{.*}} [coupling-sync-call-in-request-path]
}

// Startup code: the generated helper's call is on no request path.
int main() {
  shoprpc::Charge(*payments, shoprpc::MakeReq("warm-up"));
}
