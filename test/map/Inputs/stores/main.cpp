#include "store.h"

constexpr char kAuditDb[] = "audit.db";

int main() {
  // Opened here, used through Orders::db_ in orders.cpp (another TU).
  sqlite3 *db = nullptr;
  sqlite3_open(Setting("ORDERS_DB", "orders.db").c_str(), &db);
  Orders orders(db, nullptr);
  httplib::Server svr;
  orders.Register(svr);

  // A named constant, opened and used in this TU.
  sqlite3 *audit = nullptr;
  sqlite3_open_v2(kAuditDb, &audit, SQLITE_OPEN_READWRITE, nullptr);
  svr.Post("/audit", [audit](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(audit, "INSERT INTO entries(id) VALUES(1)", nullptr, nullptr, nullptr);
  });

  // A key without a default names no database: the store stays "sqlite".
  sqlite3 *cache = nullptr;
  sqlite3_open(std::getenv("CACHE_DB"), &cache);
  svr.Get("/cache", [cache](const httplib::Request &, httplib::Response &) {
    sqlite3_exec(cache, "SELECT v FROM kv", nullptr, nullptr, nullptr);
  });
  svr.listen("0.0.0.0", 8080);
}
