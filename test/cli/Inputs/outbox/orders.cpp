#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

struct Outbox {
  void Append(const char *Topic);
} outbox;
sqlite3 *db;
rd_kafka_t *producer;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *,
                     testsvc::Resp *) override {
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES('x')", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};
