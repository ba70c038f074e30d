// RUN: %check_both %s coupling-sync-call-in-request-path
//
// Handlers as real code writes them (cpp-httplib, real Debian header): a
// generic lambda (`const auto &req, auto &res`), whose body runs as the
// instantiation std::function makes; a handler object (a class with an
// operator()), passed as a temporary or a variable; a member function through
// std::bind. A generic lambda or a handler object that no route registers
// (run at startup, or on a detached thread) is no request path.
#include <httplib.h>
#include <thread>

std::string Price(const std::string &sku) {
  httplib::Client pricing("http://pricing.internal:8080");
  auto res = pricing.Get("/price/" + sku);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:14: warning: blocking HTTP call to pricing.internal in the request path of HTTP GET /generic{{.*}} [coupling-sync-call-in-request-path]
  return res ? res->body : "";
}

struct ChargeHandler {
  std::string host;
  void operator()(const httplib::Request &req, httplib::Response &res) const {
    httplib::Client billing(host);
    auto charged = billing.Post("/charge", req.body, "application/json");
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:20: warning: blocking HTTP call {{.*}}in the request path of HTTP POST /charge{{.*}} [coupling-sync-call-in-request-path]
    res.status = charged ? charged->status : 502;
  }
};

struct StockHandler {
  void operator()(const httplib::Request &, httplib::Response &res) const {
    httplib::Client stock("http://stock.internal:8080");
    auto count = stock.Get("/count");
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:18: warning: blocking HTTP call to stock.internal in the request path of HTTP GET /stock{{.*}} [coupling-sync-call-in-request-path]
    res.set_content(count ? count->body : "", "text/plain");
  }
};

// Never registered as a route: run on a detached thread.
struct Warmer {
  void operator()() const {
    httplib::Client stock("http://stock.internal:8080");
    stock.Get("/warm");
  }
};

void Routes(httplib::Server &svr) {
  svr.Get("/generic", [](const auto &req, auto &res) {
    res.set_content(Price(req.get_param_value("sku")), "text/plain");
  });
  svr.Post("/charge", ChargeHandler{"http://billing.internal:8080"});
  StockHandler stock;
  svr.Get("/stock", stock);
  std::thread(Warmer{}).detach();
}

int main() {
  // Startup: a generic lambda called here is no handler.
  auto warm = [](const auto &path) {
    httplib::Client pricing("http://pricing.internal:8080");
    return pricing.Get(path);
  };
  warm(std::string("/health"));
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
}
