// RUN: %check_both %s coupling-dual-write
// The prepared statement's call is recorded as a read:
// RUN: rm -rf %t && mkdir -p %t
// RUN: %mkcdb %t/cdb -- %s
// RUN: %decouple index -p %t/cdb --progress none
// RUN: %decouple index --dump %t/cdb/.decouple/shards/*.shard | FileCheck %s --check-prefix=SITE
//
// Known limit (docs/limits.md, "A prepared statement's SQL is not
// followed"): exec_prepared("insert_order", ...) names a statement whose SQL
// connection::prepare("insert_order", "INSERT ...") gave in main(). The
// datastore rule sees only the name, so the access counts as a read (no
// write is invented), and the dual write of /orders is not reported. This
// test pins that; it fails when the statement is followed.
// SITE: "callee": "pqxx::transaction_base::exec_prepared",
// SITE-NEXT: "function": "{{.*}}",
// SITE-NEXT: "kind": "datastore-read",
// SITE: "callee": "pqxx::transaction_base::exec_params",
// SITE-NEXT: "function": "{{.*}}",
// SITE-NEXT: "kind": "datastore-write",
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <pqxx/pqxx>

pqxx::connection *db;
rd_kafka_t *producer;

void Register(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
    pqxx::work tx(*db);
    tx.exec_prepared("insert_order", req.body);
    tx.commit();
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-created"),
                      RD_KAFKA_V_END);
  });
  // The way round it (docs/limits.md): the SQL at the call is a write.
  svr.Post("/refunds", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dual write: HTTP POST /refunds{{.*}} writes to postgresql and publishes to refund-created; if one succeeds and the other fails, they disagree [coupling-dual-write]
    pqxx::work tx(*db);
    tx.exec_params("INSERT INTO refunds (body) VALUES ($1)", req.body);
    tx.commit();
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("refund-created"),
                      RD_KAFKA_V_END);
  });
}

int main() {
  pqxx::connection conn("postgresql://db.internal/shop");
  conn.prepare("insert_order", "INSERT INTO orders (body) VALUES ($1)");
  db = &conn;
  httplib::Server svr;
  Register(svr);
}
