// RUN: rm -rf %t && mkdir -p %t
// RUN: %check_both %s coupling-sync-call-in-request-path
// The site names the implementation the interface call reaches:
// RUN: %mkcdb %t/cdb -I%gen -- %s
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/*.shard | FileCheck %s --check-prefix=SITE
// And no finding ever sits in the generated code (*.grpc.pb.h):
// RUN: not %decouple check -p %t/cdb --checks='coupling-*' > %t/all.txt
// RUN: FileCheck %s --check-prefix=WHERE < %t/all.txt
// WHERE-NOT: grpc.pb.h{{.*}}: warning:
// WHERE: grpc-interface.cpp:[[#@LINE+24]]:{{.*}} warning: blocking gRPC call Payments.Charge
// WHERE-NOT: grpc.pb.h{{.*}}: warning:
// The witness names the generated Stub the StubInterface call reaches; the
// call through Inventory::StubInterface (implemented by the project's
// FakeInventory too) names none:
// RUN: FileCheck %s --check-prefix=IMPL < %t/all.txt
// IMPL: note: calls testsvc::Payments::StubInterface::Charge, which dispatches to testsvc::Payments::Stub::Charge (generated)
// IMPL-NOT: dispatches to {{.*}}Inventory
//
// gRPC's equivalent of thrift-interface.cpp, against the real grpcpp
// headers and protoc-generated code: a std::unique_ptr<Foo::StubInterface>
// whose implementation in this program is the generated Foo::Stub. The
// finding is on the project's call through the interface.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Payments::StubInterface> payments =
    testsvc::Payments::NewStub(grpc::CreateChannel(
        "payments.internal:50051", grpc::InsecureChannelCredentials()));

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    grpc::Status charged = payments->Charge(&ctx, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
    // SITE: "callee": "testsvc::Payments::Stub::Charge"
    // SITE: "line": [[@LINE-3]]
    // SITE: "rule": "grpc-sync-stub-call"
    return charged;
  }
  // Through a StubInterface the project implements too (FakeInventory, a
  // test double): the rule names the StubInterface itself, so the call is
  // reported, but no single implementation is named.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return inventory->Reserve(&ctx, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking gRPC call Inventory.Reserve in the request path of gRPC Orders.Get{{.*}} [coupling-sync-call-in-request-path]
  }
  std::unique_ptr<testsvc::Inventory::StubInterface> inventory;
};

class FakeInventory : public testsvc::Inventory::StubInterface {
public:
  grpc::Status Reserve(grpc::ClientContext *, const testsvc::Req &,
                       testsvc::Resp *) override {
    return grpc::Status::OK;
  }
};
