// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline
//
// C++ REST SDK: handlers given to http_listener::support serve requests;
// http_client::request returns a pplx::task, and the handler is coupled to
// the other service when it waits for that task with get() or wait(), directly
// or through a continuation. A request nobody waits for, and requests made at
// startup, are not. A client built from a config with set_timeout has a
// deadline; any other waits up to the library's 30 s.
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>
#include <cpprest/json.h>
#include <thread>

using namespace web;
using namespace web::http;
using namespace web::http::client;
using namespace web::http::experimental::listener;

json::value StockOf(const utility::string_t &sku) {
  http_client inventory(U("http://inventory.internal:8080"));
  return inventory.request(methods::GET, U("/stock/") + sku)
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:10: warning: HTTP call to inventory.internal in the request path of HTTP Serve::(lambda at cpprest.cpp:[[@LINE+20]]) (service frameworks, named after its directory) has no deadline: it can wait as long as the callee hangs (the library default: 30 s (http_client_config's default)) [coupling-missing-deadline]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:10: warning: started asynchronously and then waited for HTTP call to inventory.internal in the request path of HTTP Serve::(lambda at cpprest.cpp:[[@LINE+19]]) (service frameworks, named after its directory): the request now waits on inventory.internal being up and fast [coupling-sync-call-in-request-path]
      .then([](http_response response) { return response.extract_json(); })
      .get();
}

void Place(http_request request) {
  // A config without a timeout: still the default.
  http_client_config config;
  config.set_validate_certificates(true);
  http_client payments(U("https://payments.internal/v1"), config);
  pplx::task<http_response> charged =
      payments.request(methods::POST, U("/charge"), U("{}"));
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:7: warning: HTTP call to payments.internal in the request path of HTTP Place{{.*}} has no deadline{{.*}} [coupling-missing-deadline]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:7: warning: started asynchronously and then waited for HTTP call to payments.internal in the request path of HTTP Place (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
  charged.wait();
  request.reply(charged.get().status_code());
}

void Serve(http_listener &listener) {
  listener.support(methods::GET, [](http_request request) {
    request.reply(status_codes::OK, StockOf(U("42")));
  });
  listener.support(methods::POST, Place);
  listener.support(methods::DEL, [](http_request request) {
    // Sent and never waited for: the handler does not depend on it.
    http_client audit(U("http://audit.internal"));
    audit.request(methods::POST, U("/events"), U("cancelled"));
    request.reply(status_codes::Accepted);
  });
  // Every other method.
  listener.support([](http_request request) {
    http_client_config config;
    config.set_timeout(std::chrono::seconds(2));
    http_client pricing(U("http://pricing.internal"), config);
    http_response price = pricing.request(methods::GET, U("/price")).get();
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: started asynchronously and then waited for HTTP call to pricing.internal in the request path of HTTP Serve::(lambda at cpprest.cpp:[[@LINE-5]]){{.*}} [coupling-sync-call-in-request-path]
    request.reply(price.status_code());
  });
}

int main() {
  // Startup is not a request path.
  http_client config_server(U("http://config.internal"));
  config_server.request(methods::GET, U("/orders")).wait();
  http_listener listener(U("http://0.0.0.0:8080/orders"));
  Serve(listener);
  listener.open().wait();
  for (;;)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}
