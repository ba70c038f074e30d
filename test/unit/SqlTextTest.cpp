//===- SqlTextTest.cpp - index/SqlText.h ----------------------------------===//
#include "analysis/ServiceMap.h"
#include "checks/Outbox.h"
#include "index/SqlText.h"

#include <gtest/gtest.h>

namespace decouple {
namespace {

Site write(const std::string &Sql) {
  Site S;
  S.Kind = SiteKind::DatastoreWrite;
  S.Via = Sql;
  return S;
}

TEST(SqlTextTest, TransactionControlNamesNoTable) {
  for (const char *T : {"ROLLBACK", "commit;", " BEGIN TRANSACTION",
                        "SAVEPOINT s1", "RELEASE s1", "START TRANSACTION", "END"})
    EXPECT_TRUE(isTransactionControl(T)) << T;
  for (const char *T : {"SELECT 1", "UPDATE t SET a = 1", "STARTS"})
    EXPECT_FALSE(isTransactionControl(T)) << T;
  EXPECT_TRUE(sqlTables("ROLLBACK").empty());
  EXPECT_TRUE(datastoreVia(write("ROLLBACK")).empty());
  EXPECT_EQ(datastoreVia(write("GET")), std::vector<std::string>{"GET"});
}

TEST(SqlTextTest, StatementsAfterBeginDecide) {
  const char *Sql = "BEGIN;UPDATE orders SET s = 1;"
                    "INSERT INTO outbox(topic) VALUES('t');COMMIT;";
  EXPECT_EQ(sqlVerb(Sql), "UPDATE");
  EXPECT_EQ(sqlTables(Sql), (std::vector<std::string>{"orders", "outbox"}));
  EXPECT_EQ(tableOf(write(Sql)), "orders");
  EXPECT_EQ(sqlVerb("COMMIT"), "");
}

// The map's outbox rows and coupling-dual-write's outbox evidence used to
// disagree on "outbox_events" (ends_with vs contains): one predicate now.
TEST(SqlTextTest, OneOutboxPredicateForMapAndChecks) {
  Site S = write("INSERT INTO outbox_events(topic, payload) "
                 "VALUES('order-shipped', '{}')");
  EXPECT_TRUE(isOutboxWrite(S));
  EXPECT_EQ(outboxRowTopic(S.Via), "order-shipped");
  Site Upper = write("INSERT INTO OrderOutbox(topic) VALUES('x')");
  EXPECT_TRUE(isOutboxWrite(Upper));
  EXPECT_EQ(outboxRowTopic(Upper.Via), "x");
  Site Plain = write("INSERT INTO orders(topic) VALUES('x')");
  EXPECT_FALSE(isOutboxWrite(Plain));
  EXPECT_EQ(outboxRowTopic(Plain.Via), "");
  Site Read = write("SELECT topic FROM outbox");
  Read.Kind = SiteKind::DatastoreRead;
  EXPECT_FALSE(isOutboxWrite(Read)); // reading the outbox is the relay
  EXPECT_TRUE(namesOutbox("Outbox::Append"));
}

} // namespace
} // namespace decouple
