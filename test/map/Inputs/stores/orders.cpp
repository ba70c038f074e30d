#include "store.h"

Orders::Orders(sqlite3 *db, rd_kafka_t *producer) : db_(db), producer_(producer) {}

void Orders::Register(httplib::Server &svr) {
  svr.Get("/orders", [this](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(db_, "SELECT id FROM orders", nullptr, nullptr, nullptr);
  });
  // The outbox table is outbox_events: its row names the topic the relay
  // sends, and the transaction statements name no table.
  svr.Post("/ship", [this](const httplib::Request &, httplib::Response &) {
    int rc = sqlite3_exec(db_,
                          "BEGIN;"
                          "UPDATE orders SET status = 'SHIPPED' WHERE id = 1;"
                          "INSERT INTO outbox_events(topic, payload) "
                          "VALUES('order-shipped', '{}');"
                          "COMMIT;",
                          nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  });
  // A write and a direct publish: a dual write, although the service has
  // an outbox (outbox_events, above).
  svr.Post("/cancel", [this](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(db_, "UPDATE orders SET status = 'CANCELLED' WHERE id = 1",
                 nullptr, nullptr, nullptr);
    rd_kafka_producev(producer_, RD_KAFKA_V_TOPIC("order-cancelled"),
                      RD_KAFKA_V_END);
  });
}
