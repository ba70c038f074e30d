// RUN: %check_both %s coupling-dual-write,coupling-sync-call-in-request-path
//
// libpqxx 6.4 (real Debian headers): exec, exec0, exec1, exec_n, exec_params
// on pqxx::work or pqxx::nontransaction are reads or writes by the SQL verb
// of their query, literal or held in a constant. A write with a publish or a
// remote call on one request path is a dual write; a read with a publish is
// not.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <pqxx/pqxx>

pqxx::connection *db;
rd_kafka_t *producer;
std::unique_ptr<testsvc::Payments::Stub> payments;

constexpr const char *kInsertOrder =
    "INSERT INTO orders (id, body) VALUES ($1, $2)";

void Register(httplib::Server &svr) {
  // INSERT in a transaction, then a publish: the outbox case.
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to postgresql and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    pqxx::work tx(*db);
    tx.exec_params(kInsertOrder, req.get_param_value("id"), req.body);
    tx.commit();
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-created"),
                      RD_KAFKA_V_END);
  });

  // UPDATE, then a blocking gRPC call: a dual write, and the call is sync
  // coupling.
  svr.Put("/orders", [](const httplib::Request &req, httplib::Response &res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP PUT /orders (service frameworks, named after its directory) writes to postgresql and makes a gRPC call Payments.Charge; if one succeeds and the other fails, they disagree [coupling-dual-write]
    pqxx::work tx{*db, "pay"};
    tx.exec0("update orders set paid = true where id = " + tx.quote(req.body));
    tx.commit();
    grpc::ClientContext ctx;
    testsvc::Req r;
    testsvc::Resp resp;
    grpc::Status s = payments->Charge(&ctx, r, &resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking gRPC call Payments.Charge in the request path of HTTP PUT /orders{{.*}} [coupling-sync-call-in-request-path]
    res.status = s.ok() ? 200 : 502;
  });

  // A DELETE outside a transaction block, then a publish.
  svr.Delete("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: dual write: HTTP DELETE /orders (service frameworks, named after its directory) writes to postgresql and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    pqxx::nontransaction tx(*db);
    tx.exec("  DELETE FROM orders WHERE id = 42");
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-deleted"),
                      RD_KAFKA_V_END);
  });

  // SELECTs with a publish: no dual write, and no sync coupling.
  svr.Get("/orders", [](const httplib::Request &, httplib::Response &res) {
    pqxx::nontransaction tx(*db);
    pqxx::row one = tx.exec1("SELECT body FROM orders WHERE id = 42");
    pqxx::result some = tx.exec_n(2, "select id from orders limit 2");
    pqxx::result rows = tx.exec("SELECT count(*) FROM orders");
    res.set_content(one[0].c_str(), "application/json");
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("orders-listed"),
                      RD_KAFKA_V_END);
  });

  // SQL the analyser cannot read counts as no write: a publish after it is
  // not reported.
  svr.Patch("/orders", [](const httplib::Request &req, httplib::Response &) {
    pqxx::work tx(*db);
    tx.exec(req.body);
    tx.commit();
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("orders-patched"),
                      RD_KAFKA_V_END);
  });
}

int main() {
  pqxx::connection conn("postgresql://db.internal/shop");
  db = &conn;
  // Migrations and announcements at startup are not request paths.
  pqxx::work tx(conn);
  tx.exec("CREATE TABLE IF NOT EXISTS orders (id text, body text)");
  tx.commit();
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("migrated"), RD_KAFKA_V_END);
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  payments->Charge(&ctx, req, &resp);
  httplib::Server svr;
  Register(svr);
  svr.listen("0.0.0.0", 8080);
}
