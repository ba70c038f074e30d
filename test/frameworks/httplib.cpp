// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// cpp-httplib (real Debian header): Server::Get/Post/Put/Delete/Patch/Options
// register entry points named "VERB /route"; Client requests are blocking
// calls to the host the Client was constructed with, and set_*_timeout is
// their deadline (in seconds). main(), a background thread, a publish and
// NOLINT lines do not fire.
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <thread>

rd_kafka_t *producer;

std::string Quote(const std::string &sku) {
  httplib::Client pricing("http://pricing.internal:8080");
  pricing.set_connection_timeout(1);
  pricing.set_read_timeout(2);
  auto r = pricing.Get("/price/" + sku);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking HTTP call to pricing.internal in the request path of HTTP GET /items{{.*}} [coupling-sync-call-in-request-path]
  return r ? r->body : "";
}

void Routes(httplib::Server &svr) {
  // No timeout set: a sync call, and one without a deadline.
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    auto r = billing.Post("/charge", req.body, "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: HTTP call to billing.internal in the request path of HTTP POST /orders {{.*}}has no deadline: it can wait as long as the callee hangs (the library default: up to 300 s to connect {{.*}}) [coupling-missing-deadline]
    // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: blocking HTTP call to billing.internal in the request path of HTTP POST /orders{{.*}} [coupling-sync-call-in-request-path]
    res.status = r ? 201 : 502;
  });

  // Reached through a helper, with timeouts: sync, but with a deadline.
  svr.Get("/items", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(Quote(req.get_param_value("sku")), "text/plain");
  });

  // Every verb registers a handler.
  svr.Put("/stock", [](const httplib::Request &, httplib::Response &) {
    httplib::Client inventory("http://inventory.internal");
    inventory.set_read_timeout(1);
    inventory.Delete("/reservations/42");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to inventory.internal in the request path of HTTP PUT /stock{{.*}} [coupling-sync-call-in-request-path]
  });
  svr.Delete("/stock", [](const httplib::Request &, httplib::Response &) {
    httplib::Client audit("http://audit.internal");
    audit.set_connection_timeout(1);
    audit.set_write_timeout(1);
    audit.Put("/log", "deleted", "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to audit.internal in the request path of HTTP DELETE /stock{{.*}} [coupling-sync-call-in-request-path]
  });

  // A publish decouples in time; a handler that only answers is fine.
  svr.Patch("/orders", [](const httplib::Request &req, httplib::Response &res) {
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-patched"),
                      RD_KAFKA_V_VALUE(const_cast<char *>(req.body.data()),
                                       req.body.size()),
                      RD_KAFKA_V_END);
    res.status = 202;
  });
  svr.Options("/orders", [](const httplib::Request &, httplib::Response &res) {
    res.set_header("Allow", "POST, PATCH");
  });

  // Handed to a thread that nobody waits for: not the request's time.
  svr.Post("/refunds", [](const httplib::Request &, httplib::Response &res) {
    std::thread([] {
      httplib::Client billing("http://billing.internal");
      billing.set_read_timeout(5);
      billing.Post("/refund");
    }).detach();
    res.status = 202;
  });

  // Suppressed on the line, and on the next line.
  svr.Get("/health", [](const httplib::Request &, httplib::Response &) {
    httplib::Client deps("http://deps.internal");
    deps.Get("/ping"); // NOLINT(coupling-sync-call-in-request-path,coupling-missing-deadline)
    // NOLINTNEXTLINE(coupling-*)
    deps.Head("/ping");
  });
}

void RefreshForever() {
  httplib::Client config("http://config.internal");
  for (;;)
    config.Get("/flags");
}

int main() {
  // Startup and background workers are not request paths.
  httplib::Client config("http://config.internal");
  auto flags = config.Get("/flags");
  std::thread worker(RefreshForever);
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
  worker.join();
}
