#pragma once
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

extern sqlite3 *db;
extern rd_kafka_t *producer;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *,
                     testsvc::Resp *) override; // orders.cpp: the outbox
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *,
                   testsvc::Resp *) override;
};
