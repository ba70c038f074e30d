// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop,coupling-dual-write --flags=-I%inputs/lookalike/crow
//
// Crow (look-alike header): CROW_ROUTE(app, "/x")(handler) expands to
// app.route<tag>("/x"), whose rule's operator() takes the handler; so do
// .methods(...) chains, blueprints, route_dynamic, named handlers and the
// catch-all route. Handlers run on the server's io_context threads: a
// blocking call there is sync coupling and stalls the loop. A publish is not
// coupling; a write with a publish is a dual write. Crow has no client of its
// own: cpp-httplib and gRPC make the calls.
//
// The route string is an argument of an earlier call in the chain
// (app.route<tag>("/x")), and .methods(crow::HTTPMethod::Post) on the way
// names the HTTP method: "HTTP POST /orders". The catch-all route has no
// route string and is named after its handler. crow-route.cpp pins the
// route and method of one handler; routes registered from a function
// template are in crow-template-routes.cpp.
#include "testsvc.grpc.pb.h"
#include <crow.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
rd_kafka_t *producer;
sqlite3 *db;

std::string Stock(const std::string &sku) {
  httplib::Client inventory("http://inventory.internal:8080");
  inventory.set_read_timeout(1, 0);
  auto res = inventory.Get("/stock/" + sku);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:14: warning: blocking HTTP call to inventory.internal in the request path of HTTP {{.*}} (service frameworks, named after its directory): the request now waits on inventory.internal being up and fast [coupling-sync-call-in-request-path]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:14: warning: blocking HTTP call to inventory.internal on the event loop of HTTP {{.*}} (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
  return res ? res->body : "";
}

void Routes(crow::SimpleApp &app) {
  // The path and a handler two calls away.
  CROW_ROUTE(app, "/stock/<string>")([](const std::string &sku) {
    return crow::response(Stock(sku));
  });

  CROW_ROUTE(app, "/orders").methods(crow::HTTPMethod::Post)(
      [](const crow::request &req) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite and makes a gRPC call Payments.Charge; if one succeeds and the other fails, they disagree [coupling-dual-write]
        sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr,
                     nullptr);
        grpc::ClientContext ctx;
        testsvc::Req r;
        testsvc::Resp resp;
        grpc::Status s = payments->Charge(&ctx, r, &resp);
        // CHECK-MESSAGES-DAG: :[[@LINE-1]]:26: warning: blocking gRPC call Payments.Charge in the request path of HTTP POST /orders (service frameworks, named after its directory): the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
        // CHECK-MESSAGES-DAG: :[[@LINE-2]]:26: warning: blocking gRPC call Payments.Charge on the event loop of HTTP POST /orders (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
        return crow::response(s.ok() ? 201 : 502);
      });

  // A publish is not coupling; with a read it is no dual write either.
  CROW_ROUTE(app, "/events").methods("POST"_method)([](const crow::request &req) {
    sqlite3_exec(db, "SELECT count(*) FROM orders", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("events"), RD_KAFKA_V_END);
    return crow::response(202);
  });

  // A write and a publish: the outbox case.
  app.route_dynamic("/refunds")([](const crow::request &req) {
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: dual write: HTTP /refunds (service frameworks, named after its directory) writes to sqlite and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "UPDATE orders SET refunded = 1", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("refunded"), RD_KAFKA_V_END);
    return crow::response(200);
  });

  // A named handler, and the catch-all route.
  CROW_ROUTE(app, "/pay")("pay", [](const crow::request &req) {
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:5: warning: blocking gRPC call Payments.Charge in the request path of HTTP /pay (service frameworks, named after its directory): the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:5: warning: blocking gRPC call Payments.Charge on the event loop of HTTP /pay (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    return crow::response(resp.value());
  });
  CROW_CATCHALL_ROUTE(app)([](const crow::request &req, crow::response &res) {
    res.body = Stock("fallback");
    res.end();
  });
}

void Blueprints(crow::Blueprint &bp) {
  CROW_BP_ROUTE(bp, "/reserve")([](const crow::request &req) {
    return crow::response(Stock(req.body));
  });
}

int main() {
  crow::SimpleApp app;
  Routes(app);
  crow::Blueprint bp("api");
  Blueprints(bp);
  app.register_blueprint(bp);
  // Startup: not a request path.
  Stock("warm-up");
  grpc::ClientContext ctx;
  testsvc::Req r;
  testsvc::Resp resp;
  payments->Charge(&ctx, r, &resp);
  app.port(18080).multithreaded().run();
}
