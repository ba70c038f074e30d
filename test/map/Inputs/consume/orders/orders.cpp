// Orders publishes order-placed, and writes two outbox rows: one names its
// topic as a literal (an async edge), one does not (none).
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

sqlite3 *db;
rd_kafka_t *producer;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *,
                     testsvc::Resp *) override {
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
    sqlite3_exec(db, "BEGIN;INSERT INTO outbox(key, topic) VALUES('k', 'order-cancelled');COMMIT;",
                 nullptr, nullptr, nullptr);
    sqlite3_exec(db, "INSERT INTO outbox(key, payload) VALUES('k', 'not-a-topic')",
                 nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};
