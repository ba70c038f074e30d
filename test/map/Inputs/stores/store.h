#pragma once
#include <cstdlib>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>
#include <string>

// A lookup by key with a default: the default names the database.
inline std::string Setting(const char *key, const char *fallback) {
  const char *v = std::getenv(key);
  return v ? v : fallback;
}

class Orders {
public:
  Orders(sqlite3 *db, rd_kafka_t *producer);
  void Register(httplib::Server &svr);

private:
  sqlite3 *db_;
  rd_kafka_t *producer_;
};
