// XFAIL: *
// Engine gap: a handler that answers from a continuation of the outbound call
// holds no thread, but the inbound request still waits for the other
// service, exactly like a co_await. Only co_await makes a call "awaited";
// a reply chained with pplx::task::then leaves it async-detached, and nothing
// is reported:
//
//   pricing.request(methods::GET, U("/price"))
//       .then([request](http_response price) { request.reply(price.status_code()); });
//
// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using namespace web::http::client;
using namespace web::http::experimental::listener;

void Serve(http_listener &listener) {
  listener.support(methods::GET, [](http_request request) {
    http_client pricing(U("http://pricing.internal"));
    pricing.request(methods::GET, U("/price"))
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaited HTTP call to pricing.internal in the request path of HTTP {{.*}} [coupling-awaited-call-in-request-path]
        .then([request](http_response price) mutable {
          request.reply(price.status_code());
        });
  });
}
