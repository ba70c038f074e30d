// RUN: %check_both %s coupling-service-cycle --extra %S/Inputs/cycle/payments.cpp
//
// Orders calls Payments, whose handler (in another TU) calls Orders back.
// Inventory -> Catalog is a plain edge, and a publish back is no cycle.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Catalog::Stub> catalog;
rd_kafka_t *producer;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return payments->Charge(&ctx, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sync cycle between services: Orders -> Payments -> Orders; none of them can answer while another in the cycle is down [coupling-service-cycle]
  }
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *,
                   testsvc::Resp *) override {
    return grpc::Status::OK;
  }
};

class InventoryImpl final : public testsvc::Inventory::Service {
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    return catalog->Lookup(&ctx, *req, resp);
  }
};

class CatalogImpl final : public testsvc::Catalog::Service {
  grpc::Status Lookup(grpc::ServerContext *, const testsvc::Req *,
                      testsvc::Resp *) override {
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("inventory-wanted"), RD_KAFKA_V_END);
    return grpc::Status::OK;
  }
};
