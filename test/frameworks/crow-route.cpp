// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/crow
//
// The route of a Crow handler is an argument of an earlier call in the
// receiver chain: CROW_ROUTE(app, "/pay")(handler) is
// app.route<tag>("/pay").operator()(handler), with .methods(...) possibly in
// between. The rule's "route_call" names app.route, and the enumerators
// given to .methods(crow::HTTPMethod::Post) name the method: "HTTP POST
// /pay". Without .methods the entry is the bare route.
#include "testsvc.grpc.pb.h"
#include <crow.h>
#include <grpcpp/grpcpp.h>

std::unique_ptr<testsvc::Payments::Stub> payments;

void Pay(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/pay").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP POST /pay (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
    return crow::response(resp.value());
  });
}

void Refund(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/refund")([](const crow::request &req) {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP /refund (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
    return crow::response(resp.value());
  });
}

// The methods as Crow's user-defined literal ("GET"_method, include/crow/
// common.h): the route's name lists both.
void Lookup(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/lookup").methods("GET"_method, "POST"_method)([](const crow::request &req) {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP GET,POST /lookup (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
    return crow::response(resp.value());
  });
}

// A string literal that is no literal operator's HTTPMethod (a name given
// to the rule) names no method: the entry is the bare route.
void Health(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/health").name("POST")([](const crow::request &req) {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP /health (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
    return crow::response(resp.value());
  });
}
