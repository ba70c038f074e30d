// RUN: %check_both %s coupling-dual-write
// XFAIL: *
//
// Engine gap: exec_prepared("insert_order", ...) names a statement whose SQL
// was given to connection::prepare("insert_order", "INSERT ...") elsewhere
// (usually at startup). The datastore rule only sees the name, so the access
// is unknown and counted as a read, and the dual write below is missed.
// Needed: a role that records a statement definition (name argument -> SQL
// argument, e.g. "role": "statement-definition", "name_arg": 0, "sql_arg": 1)
// and a datastore rule option to resolve its sql_arg through those names,
// across functions of the TU (and ideally across TUs at link time).
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <pqxx/pqxx>

pqxx::connection *db;
rd_kafka_t *producer;

void Register(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders{{.*}} writes to postgresql and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    pqxx::work tx(*db);
    tx.exec_prepared("insert_order", req.body);
    tx.commit();
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-created"),
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
