// RUN: %check_both %s coupling-dual-write,coupling-sync-call-in-request-path --flags=-I/usr/include/libmongoc-1.0 --flags=-I/usr/include/libbson-1.0
//
// libmongoc (real Debian headers): inserts, updates, replaces, deletes, bulk
// writes and find-and-modify are writes; finds, counts and aggregations are
// reads. A write with a publish or a remote call in one gRPC handler is a
// dual write; a read with a publish is not.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafkacpp.h>
#include <mongoc/mongoc.h>

mongoc_collection_t *orders;
RdKafka::Producer *producer;
std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;

bool Store(const testsvc::Req &req) {
  bson_t *doc = BCON_NEW("id", BCON_UTF8(req.id().c_str()));
  bson_error_t error;
  bool ok = mongoc_collection_insert_one(orders, doc, nullptr, nullptr, &error);
  bson_destroy(doc);
  return ok;
}

class OrdersImpl final : public testsvc::Orders::Service {
  // insert_one (through a helper) and a Kafka produce: the outbox case.
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Orders.Place writes to mongodb and publishes to order-placed; if one succeeds and the other fails, they disagree [coupling-dual-write]
                     testsvc::Resp *) override {
    if (!Store(*req))
      return grpc::Status::CANCELLED;
    std::string payload = req->id();
    producer->produce("order-placed", RdKafka::Topic::PARTITION_UA,
                      RdKafka::Producer::RK_MSG_COPY, payload.data(),
                      payload.size(), nullptr, 0, 0, nullptr);
    return grpc::Status::OK;
  }

  // A read, then a publish: no dual write.
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    bson_t *filter = BCON_NEW("id", BCON_UTF8(req->id().c_str()));
    mongoc_cursor_t *cursor =
        mongoc_collection_find_with_opts(orders, filter, nullptr, nullptr);
    const bson_t *doc;
    while (mongoc_cursor_next(cursor, &doc))
      resp->set_value(bson_as_json(doc, nullptr));
    bson_error_t error;
    int64_t n = mongoc_collection_count_documents(orders, filter, nullptr,
                                                  nullptr, nullptr, &error);
    mongoc_cursor_destroy(cursor);
    bson_destroy(filter);
    std::string payload = std::to_string(n);
    producer->produce("order-viewed", RdKafka::Topic::PARTITION_UA,
                      RdKafka::Producer::RK_MSG_COPY, payload.data(),
                      payload.size(), nullptr, 0, 0, nullptr);
    return grpc::Status::OK;
  }
};

class PaymentsImpl final : public testsvc::Payments::Service {
  // update_one and a blocking call to Inventory: a dual write, and the call
  // itself is sync coupling.
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Payments.Charge writes to mongodb and makes a gRPC call Inventory.Reserve; if one succeeds and the other fails, they disagree [coupling-dual-write]
                      testsvc::Resp *resp) override {
    bson_t *selector = BCON_NEW("id", BCON_UTF8(req->id().c_str()));
    bson_t *update = BCON_NEW("$set", "{", "paid", BCON_BOOL(true), "}");
    bson_error_t error;
    mongoc_collection_update_one(orders, selector, update, nullptr, nullptr,
                                 &error);
    grpc::ClientContext ctx;
    inventory->Reserve(&ctx, *req, resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking gRPC call Inventory.Reserve in the request path of gRPC Payments.Charge{{.*}} [coupling-sync-call-in-request-path]
    return grpc::Status::OK;
  }
};

class InventoryImpl final : public testsvc::Inventory::Service {
  // A bulk write and a delete, nothing else: one store, no dual write.
  grpc::Status Reserve(grpc::ServerContext *, const testsvc::Req *req,
                       testsvc::Resp *) override {
    mongoc_bulk_operation_t *bulk =
        mongoc_collection_create_bulk_operation_with_opts(orders, nullptr);
    bson_t *doc = BCON_NEW("sku", BCON_UTF8(req->id().c_str()));
    mongoc_bulk_operation_insert(bulk, doc);
    bson_t reply;
    bson_error_t error;
    mongoc_bulk_operation_execute(bulk, &reply, &error);
    mongoc_collection_delete_many(orders, doc, nullptr, nullptr, &error);
    return grpc::Status::OK;
  }
};

class CatalogImpl final : public testsvc::Catalog::Service {
  // replace_one and a publish on a path two calls deep.
  grpc::Status Lookup(grpc::ServerContext *, const testsvc::Req *req,
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: dual write: gRPC Catalog.Lookup writes to mongodb and publishes to catalog-changed; if one succeeds and the other fails, they disagree [coupling-dual-write]
                      testsvc::Resp *) override {
    Refresh(req->id());
    return grpc::Status::OK;
  }
  void Refresh(const std::string &sku) {
    bson_t *selector = BCON_NEW("sku", BCON_UTF8(sku.c_str()));
    bson_error_t error;
    mongoc_collection_replace_one(orders, selector, selector, nullptr, nullptr,
                                  &error);
    Announce(sku);
  }
  void Announce(const std::string &sku) {
    producer->produce("catalog-changed", RdKafka::Topic::PARTITION_UA,
                      RdKafka::Producer::RK_MSG_COPY,
                      const_cast<char *>(sku.data()), sku.size(), nullptr, 0,
                      0, nullptr);
  }
};

int main() {
  // Startup: seeding the collection and announcing it is not a request path.
  bson_t *doc = BCON_NEW("seed", BCON_BOOL(true));
  bson_error_t error;
  mongoc_collection_insert_one(orders, doc, nullptr, nullptr, &error);
  std::string payload = "ready";
  producer->produce("service-ready", RdKafka::Topic::PARTITION_UA,
                    RdKafka::Producer::RK_MSG_COPY, payload.data(),
                    payload.size(), nullptr, 0, 0, nullptr);
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  inventory->Reserve(&ctx, req, &resp);
  OrdersImpl o;
  PaymentsImpl p;
}
