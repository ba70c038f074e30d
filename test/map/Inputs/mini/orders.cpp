// Orders: a blocking call to Payments, a publish, and a write to its table.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

sqlite3 *db;
rd_kafka_t *producer;
std::unique_ptr<testsvc::Payments::Stub> payments;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    sqlite3_exec(db, "INSERT INTO orders(id) VALUES('x')", nullptr, nullptr, nullptr);
    grpc::ClientContext ctx;
    grpc::Status s = payments->Charge(&ctx, *req, resp);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
    return s;
  }
};
