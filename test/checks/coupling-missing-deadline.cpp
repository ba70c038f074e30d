// RUN: %check_both %s coupling-missing-deadline
//
// The deadline is followed through the context or handle object into the
// call, not searched for on the call's line: set on the context, propagated
// from the inbound request, or given with the call. Missing ones fire, and so
// does a constant deadline longer than the budget callers give the service.
#include "testsvc.grpc.pb.h"
#include <chrono>
#include <curl/curl.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>

using namespace std::chrono_literals;
std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;
std::unique_ptr<testsvc::Catalog::Stub> catalog;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *server, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext none;
    payments->Charge(&none, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: gRPC call Payments.Charge in the request path of gRPC Orders.Place has no deadline: it can wait as long as the callee hangs (the library default: none: gRPC waits forever without a deadline) [coupling-missing-deadline]

    grpc::ClientContext propagated;
    propagated.set_deadline(server->deadline());
    payments->Charge(&propagated, *req, resp);

    grpc::ClientContext constant;
    constant.set_deadline(std::chrono::system_clock::now() + 50ms);
    inventory->Reserve(&constant, *req, resp);

    // A deadline on another context does not cover this one.
    grpc::ClientContext other;
    inventory->Reserve(&other, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: gRPC call Inventory.Reserve in the request path of gRPC Orders.Place has no deadline{{.*}} [coupling-missing-deadline]
    return grpc::Status::OK;
  }
};

// Callers give Inventory 50 ms (above); Inventory waits up to 2 s on Catalog.
class InventoryImpl final : public testsvc::Inventory::Service {
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() +
                     std::chrono::seconds(2));
    catalog->Lookup(&ctx, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: deadline inversion: gRPC call Catalog.Lookup waits up to 2000 ms, but callers of Inventory.Reserve give it only 50 ms [coupling-missing-deadline]
    return grpc::Status::OK;
  }
};

void Fetch(CURL *h) { curl_easy_perform(h); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: HTTP call to fraud.internal in the request path of HTTP POST /pay{{.*}} has no deadline: it can wait as long as the callee hangs (the library default: none: libcurl waits forever unless CURLOPT_TIMEOUT is set) [coupling-missing-deadline]

void Routes(httplib::Server &svr) {
  svr.Post("/pay", [](const httplib::Request &, httplib::Response &) {
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, "http://fraud.internal/score");
    Fetch(h); // the handle carries no timeout into the call
    CURL *bounded = curl_easy_init();
    curl_easy_setopt(bounded, CURLOPT_URL, "http://fraud.internal/score");
    curl_easy_setopt(bounded, CURLOPT_TIMEOUT_MS, 300L);
    curl_easy_perform(bounded);
  });
  svr.Get("/stock", [](const httplib::Request &, httplib::Response &) {
    httplib::Client cli("http://inventory.internal");
    cli.Get("/stock");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: HTTP call to inventory.internal in the request path of HTTP GET /stock{{.*}}(the library default: up to 300 s to connect (CPPHTTPLIB_CONNECTION_TIMEOUT_SECOND)) [coupling-missing-deadline]
    httplib::Client bounded("http://inventory.internal");
    bounded.set_read_timeout(1, 0);
    bounded.Get("/stock");
  });
}

int main() {
  grpc::ClientContext startup; // not a request path
  testsvc::Req req;
  testsvc::Resp resp;
  catalog->Lookup(&startup, req, &resp);
}
