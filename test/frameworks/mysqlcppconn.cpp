// RUN: %check_both %s coupling-dual-write
//
// MySQL Connector/C++ (real Debian headers, libmysqlcppconn-dev 1.1.12):
// Connection::prepareStatement(sql) and Statement::execute/executeQuery/
// executeUpdate(sql) are reads or writes by their SQL verb. A write plus a
// publish on one request path is a dual write; reads with a publish, a
// prepared statement executed without SQL text, startup code and NOLINT lines
// are not.
#include <cppconn/connection.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/statement.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <memory>

sql::Connection *db;
rd_kafka_t *producer;

void Announce(const char *topic) {
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_END);
}

void Routes(httplib::Server &svr) {
  // A prepared INSERT, then a publish: the outbox case.
  svr.Post("/users", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP POST /users {{.*}}writes to mysql and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    std::unique_ptr<sql::PreparedStatement> stmt(
        db->prepareStatement("INSERT INTO user (name) VALUES (?)"));
    stmt->setString(1, req.body);
    stmt->executeUpdate();
    Announce("user-registered");
  });

  // SQL text given to a Statement, and to a PreparedStatement's execute(sql).
  svr.Put("/users", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: dual write: HTTP PUT /users {{.*}}writes to mysql{{.*}} [coupling-dual-write]
    std::unique_ptr<sql::Statement> stmt(db->createStatement());
    stmt->executeUpdate("update user set pwd = 'x' where id = 1");
    Announce("user-updated");
  });
  svr.Delete("/users", [](const httplib::Request &, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dual write: HTTP DELETE /users {{.*}}writes to mysql{{.*}} [coupling-dual-write]
    std::unique_ptr<sql::PreparedStatement> stmt(db->prepareStatement("SELECT 1"));
    stmt->execute("DELETE FROM user WHERE id = 1");
    Announce("user-deleted");
  });

  // Reads with a publish: no dual write.
  svr.Get("/users", [](const httplib::Request &, httplib::Response &) {
    std::unique_ptr<sql::Statement> stmt(db->createStatement());
    std::unique_ptr<sql::ResultSet> rows(stmt->executeQuery("SELECT name FROM user"));
    std::unique_ptr<sql::PreparedStatement> one(
        db->prepareStatement("select pwd from user where email = ?"));
    one->executeQuery();
    Announce("users-listed");
  });

  // A suppressed line is not reported.
  svr.Patch("/users", [](const httplib::Request &, httplib::Response &) { // NOLINT(coupling-dual-write)
    std::unique_ptr<sql::Statement> stmt(db->createStatement());
    stmt->execute("INSERT INTO audit (what) VALUES ('patch')");
    Announce("user-patched");
  });
}

// Startup code writes and publishes: not a request path.
int main() {
  std::unique_ptr<sql::Statement> stmt(db->createStatement());
  stmt->execute("CREATE TABLE IF NOT EXISTS user (name TEXT)");
  stmt->executeUpdate("INSERT INTO user (name) VALUES ('admin')");
  Announce("started");
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
}
