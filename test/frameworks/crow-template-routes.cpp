// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write --flags=-I%inputs/lookalike/crow
//
// Crow code often registers routes from a function template
// (`template <typename App> void Routes(App &app)`, App = crow::App<Mw...>).
// Each lambda of an instantiation is its own handler even when two have the
// same parameter types: the write of one and the publish of the other make
// no dual write, and the call in the second is reported from the second
// (its route, /pay).
#include "testsvc.grpc.pb.h"
#include <crow.h>
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
rd_kafka_t *producer;
sqlite3 *db;

template <typename App> void Routes(App &app) {
  // Only a write: no dual write.
  CROW_ROUTE(app, "/orders")([](const crow::request &req) {
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    return crow::response(201);
  });
  // Only a publish and a call: no dual write either.
  CROW_ROUTE(app, "/pay")([](const crow::request &req) {
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("paid"), RD_KAFKA_V_END);
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP /pay (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
    return crow::response(resp.value());
  });
}

int main() {
  crow::SimpleApp app;
  Routes(app);
  app.port(18080).run();
}
