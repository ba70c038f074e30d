// Known limit (docs/limits.md, "A client's URL is lost when the client is a
// global or a member"): `target: {"receiver_init_arg": 0}` reads the
// receiver's initialiser in the function making the call. A global's
// initialiser runs outside any function, and a member's in a constructor's
// init list, so both calls are reported, named after the API rather than
// the host. This test pins that; it fails when the hosts get their names.
//
//   http_client inventory(U("http://inventory.internal"));   // global
//   inventory.request(methods::GET, U("/stock")).get();
//   // reported as "HTTP call web::http::client::http_client::request"
//
// RUN: %check_both %s coupling-sync-call-in-request-path
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using namespace web::http::client;
using namespace web::http::experimental::listener;

http_client inventory(U("http://inventory.internal:8080"));

class Pricing {
public:
  Pricing() : client_(U("http://pricing.internal")) {}
  int Price() {
    return client_.request(methods::GET, U("/price")).get().status_code();
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: started asynchronously and then waited for HTTP call web::http::client::http_client::request in the request path of HTTP {{.*}} [coupling-sync-call-in-request-path]
  }

private:
  http_client client_;
};
Pricing pricing;

void Serve(http_listener &listener) {
  listener.support([](http_request request) {
    http_response stock = inventory.request(methods::GET, U("/stock")).get();
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: started asynchronously and then waited for HTTP call web::http::client::http_client::request in the request path of HTTP {{.*}} [coupling-sync-call-in-request-path]
    request.reply(stock.status_code() + pricing.Price());
  });
}
