#include "dualwrite.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>

std::unique_ptr<testsvc::Catalog::Stub> catalog;
std::unique_ptr<testsvc::Payments::Stub> payments;
rd_kafka_t *producer;

std::string PriceOf(const std::string &id) {
  grpc::ClientContext ctx;
  testsvc::Req req;
  req.set_id(id);
  testsvc::Resp price;
  catalog->Lookup(&ctx, req, &price);
  return price.value();
}
bool ChargeCard(const std::string &id) {
  grpc::ClientContext ctx;
  testsvc::Req req;
  req.set_id(id);
  testsvc::Resp receipt;
  return payments->Charge(&ctx, req, &receipt).ok();
}
void Announce(const std::string &) {
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);
}
