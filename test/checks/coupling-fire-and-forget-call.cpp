// RUN: %check_both %s coupling-fire-and-forget-call
//
// A sync call whose status and response nobody reads should be a message.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Catalog::Stub> catalog;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext a;
    testsvc::Resp ignored;
    payments->Charge(&a, *req, &ignored);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: gRPC call Payments.Charge in the request path of gRPC Orders.Place waits for a response that nothing reads: the request is coupled to the callee for no result [coupling-fire-and-forget-call]

    grpc::ClientContext b;
    grpc::Status st = payments->Charge(&b, *req, &ignored);
    if (!st.ok()) // the status is read
      return st;

    grpc::ClientContext c;
    testsvc::Resp price;
    catalog->Lookup(&c, *req, &price);
    resp->set_value(price.value()); // the response is read

    grpc::ClientContext d;
    catalog->Lookup(&d, *req, resp); // the response goes to our caller
    return grpc::Status::OK;
  }
};

void Routes(httplib::Server &svr) {
  svr.Post("/notify", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client cli("http://mailer.internal");
    cli.set_read_timeout(1, 0);
    cli.Post("/send");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: HTTP call to mailer.internal in the request path of HTTP POST /notify{{.*}} waits for a response that nothing reads{{.*}} [coupling-fire-and-forget-call]
    res.status = 202;
  });
}

int main() {
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp); // not a request path
}
