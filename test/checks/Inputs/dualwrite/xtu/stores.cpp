#include "dualwrite.h"
#include <hiredis/hiredis.h>
#include <sqlite3.h>

sqlite3 *db;
redisContext *redis;

void SaveOrder(const std::string &) {
  sqlite3_exec(db, "INSERT INTO orders(id) VALUES(1)", nullptr, nullptr, nullptr);
}
void CacheOrder(const std::string &id) {
  freeReplyObject(redisCommand(redis, "SET order:%s placed", id.c_str()));
}
void AppendToOutbox(const std::string &) {
  sqlite3_exec(db, "INSERT INTO outbox(topic) VALUES('order-placed')", nullptr,
               nullptr, nullptr);
}
