#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>

namespace metrics {
struct [[clang::annotate("decouple::rpc_client")]] Pusher {
  void Push(int Value);
};
} // namespace metrics
struct Outbox {
  void Publish(const char *Topic, const testsvc::Req &Request);
} outbox;
std::unique_ptr<testsvc::Payments::Stub> payments;
metrics::Pusher pusher;

void Routes(httplib::Server &svr) {
  svr.Post("/buy", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client cli("http://stock.internal");
    cli.Get("/stock"); // allow-listed callee
    pusher.Push(1);    // allow-listed type
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&ctx, req, &resp);
    res.status = 202;
  });
}
