#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
std::unique_ptr<testsvc::Catalog::Stub> catalog;
class InventoryImpl final : public testsvc::Inventory::Service {
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return catalog->Lookup(&ctx, *req, resp);
  }
};
