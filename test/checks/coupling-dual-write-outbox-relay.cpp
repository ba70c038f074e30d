// RUN: %check_both %s coupling-dual-write
//
// The outbox shows only as its relay: OutboxRelayLoop, run by a thread that
// main starts (not a request path, so its DELETE and publish are no dual
// write). A handler in the same directory that publishes directly bypasses
// it; one that writes and publishes says so in its dual write.
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>
#include <thread>

sqlite3 *db;
rd_kafka_t *producer;

void OutboxRelayLoop() {
  for (;;) {
    sqlite3_exec(db, "SELECT topic FROM outbox", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("relayed"), RD_KAFKA_V_END);
    sqlite3_exec(db, "DELETE FROM outbox WHERE seq = 1", nullptr, nullptr, nullptr);
  }
}

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders {{.*}}writes to sqlite and publishes to order-placed directly, bypassing the outbox; if one succeeds and the other fails, they disagree [coupling-dual-write]
  // CHECK-NOTES: :[[@LINE-2]]:23: note: request path starts at HTTP POST /orders
  // CHECK-NOTES: :[[@LINE+4]]:5: note: writes to sqlite: INSERT INTO orders(id) VALUES(1)
  // CHECK-NOTES: :[[@LINE+4]]:5: note: and publishes to order-placed directly, bypassing the outbox
  // CHECK-NOTES: :15:6: note: the outbox: OutboxRelayLoop
  // CHECK-NOTES: note: suggestion: use a transactional outbox
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES(1)", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
  });
  svr.Post("/ping", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: outbox bypassed: HTTP POST /ping {{.*}}publishes to pinged directly, though its service has an outbox; {{.*}} [coupling-dual-write]
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("pinged"), RD_KAFKA_V_END);
  });
  // Reads only: nothing to bypass.
  svr.Get("/orders", [](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(db, "SELECT id FROM orders", nullptr, nullptr, nullptr);
  });
}

int main() {
  std::thread relay(OutboxRelayLoop);
  relay.detach();
  httplib::Server svr;
  Routes(svr);
}
