// RUN: %check_both %s coupling-dual-write,coupling-sync-call-in-request-path
//
// SQLite (real Debian header): sqlite3_exec and sqlite3_prepare{,_v2,_v3}
// are reads or writes by the statement's first word, whatever its case or
// leading space. A write plus a publish on one request path is a dual write;
// reads, writes alone, SQL the analysis cannot see, startup code, background
// threads and NOLINT lines are not. A local database is never a sync call.
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>
#include <thread>

sqlite3 *db;
rd_kafka_t *producer;

void Announce(const char *topic) {
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_END);
}

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders {{.*}}writes to sqlite:orders.db and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES(1)", nullptr, nullptr, nullptr);
    Announce("order-placed");
  });

  // Lower case and leading blanks; prepared statements count too.
  svr.Put("/orders", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP PUT /orders {{.*}}writes to sqlite{{.*}} [coupling-dual-write]
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "  update orders set state = 'paid'", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    Announce("order-paid");
  });

  svr.Delete("/orders", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: dual write: HTTP DELETE /orders {{.*}}writes to sqlite{{.*}} [coupling-dual-write]
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v3(db, "DELETE FROM orders WHERE id = ?", -1, 0, &stmt, nullptr);
    Announce("order-deleted");
  });

  // Reads with a publish: nothing to keep consistent.
  svr.Get("/orders", [](const httplib::Request &, httplib::Response &) {
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare(db, "SELECT id FROM orders", -1, &stmt, nullptr);
    sqlite3_exec(db, "select count(*) from orders", nullptr, nullptr, nullptr);
    Announce("orders-listed");
  });

  // A write alone is not a dual write.
  svr.Patch("/orders", [](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(db, "REPLACE INTO orders(id) VALUES(2)", nullptr, nullptr, nullptr);
  });

  // SQL built at run time: no write is invented.
  svr.Post("/query", [](const httplib::Request &req, httplib::Response &) {
    sqlite3_exec(db, req.body.c_str(), nullptr, nullptr, nullptr);
    Announce("query-run");
  });

  // Suppressed where the finding is reported.
  svr.Post("/legacy", [](const httplib::Request &, httplib::Response &) { // NOLINT(coupling-dual-write)
    sqlite3_exec(db, "INSERT INTO legacy VALUES(1)", nullptr, nullptr, nullptr);
    Announce("legacy");
  });
}

void CompactForever() {
  for (;;) {
    sqlite3_exec(db, "DELETE FROM outbox WHERE sent = 1", nullptr, nullptr, nullptr);
    Announce("outbox-compacted");
  }
}

int main() {
  // Startup: schema and a start event are not a request path.
  sqlite3_open("orders.db", &db);
  sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS orders(id)", nullptr, nullptr, nullptr);
  Announce("started");
  std::thread worker(CompactForever);
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
  worker.join();
}
