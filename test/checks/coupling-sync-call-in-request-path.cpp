// RUN: %check_both %s coupling-sync-call-in-request-path
//
// Blocking calls reachable from request handlers fire, however many hops
// away; the same calls at startup, in background threads, behind NOLINT or
// as a publish do not.
#include "testsvc.grpc.pb.h"
#include <curl/curl.h>
#include <future>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <thread>

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;
std::unique_ptr<testsvc::Catalog::Stub> catalog;

// --- helpers the handlers reach -------------------------------------------

bool FraudCheck(const std::string &url) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  CURLcode rc = curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking HTTP call curl_easy_perform in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
  curl_easy_cleanup(h);
  return rc == CURLE_OK;
}

struct Warehouse {
  virtual ~Warehouse() = default;
  virtual bool Reserve(const std::string &sku) = 0;
};
struct RemoteWarehouse : Warehouse {
  bool Reserve(const std::string &sku) override {
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    return inventory->Reserve(&ctx, req, &resp).ok();
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking gRPC call Inventory.Reserve in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
  }
};
Warehouse *warehouse = new RemoteWarehouse;

template <typename Stub> std::string Lookup(Stub &stub, const std::string &id) {
  grpc::ClientContext ctx;
  testsvc::Req req;
  req.set_id(id);
  testsvc::Resp resp;
  stub.Lookup(&ctx, req, &resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking gRPC call Catalog.Lookup in the request path of HTTP GET /items{{.*}} [coupling-sync-call-in-request-path]
  return resp.value();
}

// --- a gRPC handler ----------------------------------------------------------

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *server, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(server->deadline());
    testsvc::Resp charged;
    grpc::Status s = payments->Charge(&ctx, *req, &charged);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking gRPC call Payments.Charge in the request path of gRPC Orders.Place: the request now waits on Payments being up and fast [coupling-sync-call-in-request-path]
    if (!s.ok() || !FraudCheck("http://fraud.internal/check"))
      return s;
    if (!warehouse->Reserve(req->id()))
      return grpc::Status::CANCELLED;

    // Started asynchronously, then waited for: still synchronous.
    grpc::ClientContext async_ctx;
    testsvc::Resp looked_up;
    std::promise<grpc::Status> done;
    catalog->async()->Lookup(&async_ctx, req, &looked_up,
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for gRPC call Catalog.Lookup{{.*}} [coupling-sync-call-in-request-path]
                             [&done](grpc::Status st) { done.set_value(st); });
    done.get_future().get();

    // Fire and forget on another thread: the request does not wait.
    std::thread([] {
      grpc::ClientContext bg;
      testsvc::Req r;
      testsvc::Resp out;
      payments->Charge(&bg, r, &out);
    }).detach();

    // Started asynchronously and never waited for: not coupled in time.
    grpc::ClientContext detached_ctx;
    catalog->async()->Lookup(&detached_ctx, req, resp, [](grpc::Status) {});

    // A publish decouples in time.
    rd_kafka_t *rk = nullptr;
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("order-placed"), RD_KAFKA_V_END);

    grpc::ClientContext quiet;
    payments->Charge(&quiet, *req, resp); // NOLINT(coupling-sync-call-in-request-path)
    // NOLINTNEXTLINE(coupling-*)
    payments->Charge(&quiet, *req, resp);
    return grpc::Status::OK;
  }
};

// --- an HTTP handler ---------------------------------------------------------

void RegisterRoutes(httplib::Server &svr) {
  svr.Get("/items", [](const httplib::Request &, httplib::Response &res) {
    res.set_content(Lookup(*catalog, "42"), "text/plain");
  });
  svr.Post("/stock", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client cli("http://inventory.internal:8080");
    cli.set_read_timeout(1, 0);
    auto r = cli.Get("/stock/42");
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking HTTP call to inventory.internal in the request path of HTTP POST /stock{{.*}} [coupling-sync-call-in-request-path]
    res.status = r ? r->status : 502;
  });
}

// --- not request paths -------------------------------------------------------

void WarmUp() {
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  catalog->Lookup(&ctx, req, &resp);
}

void ReconcileForever() {
  for (;;) {
    grpc::ClientContext ctx;
    testsvc::Req req;
    testsvc::Resp resp;
    payments->Charge(&ctx, req, &resp);
  }
}

int main() {
  WarmUp();
  std::thread worker(ReconcileForever);
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  inventory->Reserve(&ctx, req, &resp);
  httplib::Server svr;
  RegisterRoutes(svr);
  worker.join();
}
