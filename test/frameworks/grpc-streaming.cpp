// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// gRPC sync streaming, against the real grpcpp headers and protoc-generated
// code (service Feed in test/Inputs/proto/testsvc.proto): "streaming may
// reduce blocking, but still does not break coupling". The stub call that
// opens a ClientReader / ClientWriter / ClientReaderWriter is reported once,
// naming the kind; its Read/Write/WritesDone/Finish in the same function are
// that call. A stream opened elsewhere (a member) is reported at each use.
#include "testsvc.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Feed::Stub> feed;
std::unique_ptr<testsvc::Feed::StubInterface> feedIf;

class OrdersSync final : public testsvc::Orders::Service {
  // Server streaming: one finding at the open, none for Read and Finish.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() +
                     std::chrono::milliseconds(200));
    auto reader = feed->List(&ctx, *req);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking gRPC server-streaming call Feed.List in the request path of gRPC Orders.Place: {{.*}} [coupling-sync-call-in-request-path]
    testsvc::Resp item;
    while (reader->Read(&item))
      resp->set_value(item.value());
    return reader->Finish();
  }

  // Client streaming through the StubInterface, and no deadline on it.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    std::unique_ptr<grpc::ClientWriterInterface<testsvc::Req>> writer(
        feedIf->Upload(&ctx, resp));
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: gRPC client-streaming call Feed.Upload in the request path of gRPC Orders.Get has no deadline{{.*}} [coupling-missing-deadline]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:9: warning: blocking gRPC client-streaming call Feed.Upload in the request path of gRPC Orders.Get: {{.*}} [coupling-sync-call-in-request-path]
    writer->Write(*req);
    writer->WritesDone();
    return writer->Finish();
  }
};

// Bidi streaming, opened in the handler.
class PaymentsSync final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *server, const testsvc::Req *req,
                      testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(server->deadline());
    auto stream = feed->Chat(&ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking gRPC bidi-streaming call Feed.Chat in the request path of gRPC Payments.Charge: {{.*}} [coupling-sync-call-in-request-path]
    stream->Write(*req);
    stream->WritesDone();
    stream->Read(resp);
    return stream->Finish();
  }
};

// A long-lived bidi stream, opened at startup and held in a member: the
// handler's Write and Read each wait on the other service.
class InventorySync final : public testsvc::Inventory::Service {
public:
  void Start() {
    ctx_.set_deadline(std::chrono::system_clock::now() +
                      std::chrono::hours(24));
    stream_ = feed->Chat(&ctx_); // startup: no request path
  }

private:
  grpc::ClientContext ctx_;
  std::unique_ptr<grpc::ClientReaderWriter<testsvc::Req, testsvc::Resp>>
      stream_;

  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *resp) override {
    stream_->Write(*req);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC bidi-streaming call grpc::internal::WriterInterface::Write in the request path of gRPC Inventory.Reserve: {{.*}} [coupling-sync-call-in-request-path]
    if (!stream_->Read(resp))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking gRPC bidi-streaming call grpc::ClientReaderWriter::Read in the request path of gRPC Inventory.Reserve: {{.*}} [coupling-sync-call-in-request-path]
      return grpc::Status(grpc::StatusCode::UNAVAILABLE, "feed closed");
    return grpc::Status::OK;
  }
};

int main() {
  // Streams opened and read outside a handler are not on a request path.
  grpc::ClientContext ctx;
  testsvc::Req req;
  auto reader = feed->List(&ctx, req);
  testsvc::Resp item;
  while (reader->Read(&item)) {
  }
  InventorySync inventory;
  inventory.Start();
}
