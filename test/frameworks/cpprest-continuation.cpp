// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path,coupling-fire-and-forget-call
//
// cpprestsdk continuations: a handler that replies from a pplx::task::then
// continuation of its outbound request holds no thread, but the inbound
// request still waits for the other service, as with a co_await: the call
// is awaited. A continuation that does not capture the handler's request
// (fire-and-forget logging) leaves the call detached, and so does one in a
// helper that is not a handler, whatever it captures. The continuation may
// be chained on the call or on a variable holding its task.
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using namespace web::http::client;
using namespace web::http::experimental::listener;

void Log(const utility::string_t &What, status_code Status);

// Not a handler: its continuation capturing its parameter answers nobody.
void Audit(http_client &Client, utility::string_t What) {
  Client.request(methods::POST, U("/events"), What)
      .then([What](http_response Sent) { Log(What, Sent.status_code()); });
}

void Serve(http_listener &listener) {
  listener.support(methods::GET, [](http_request request) {
    http_client pricing(U("http://pricing.internal"));
    pricing.request(methods::GET, U("/price"))
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaited HTTP call to pricing.internal in the request path of HTTP {{.*}} [coupling-awaited-call-in-request-path]
        .then([request](http_response price) mutable {
          request.reply(price.status_code());
        });
  });
  listener.support(methods::PUT, [](http_request request) {
    // Two continuations: the reply is made in the second.
    http_client stock(U("http://stock.internal"));
    stock.request(methods::GET, U("/stock"))
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaited HTTP call to stock.internal in the request path of HTTP {{.*}} [coupling-awaited-call-in-request-path]
        .then([](http_response stocked) { return stocked.status_code(); })
        .then([=](status_code code) mutable { request.reply(code); });
  });
  listener.support(methods::POST, [](http_request request) {
    // Fire and forget: the continuation only logs, the reply does not wait.
    http_client audit(U("http://audit.internal"));
    audit.request(methods::POST, U("/events"), U("received"))
        .then([](http_response sent) { Log(U("audit"), sent.status_code()); });
    http_client archive(U("http://archive.internal"));
    Audit(archive, U("received"));
    request.reply(status_codes::Accepted);
  });
  listener.support(methods::DEL, [](http_request request) {
    // The continuation of a variable holding the task.
    http_client refunds(U("http://refunds.internal"));
    auto refunded = refunds.request(methods::DEL, U("/refund"));
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: awaited HTTP call to refunds.internal in the request path of HTTP {{.*}} [coupling-awaited-call-in-request-path]
    refunded.then([request](http_response r) mutable {
      request.reply(r.status_code());
    });
  });
  listener.support(methods::PATCH, [](http_request request) {
    // Captured only to be logged: counted as awaited all the same, as which
    // call replies is not seen (docs/limits.md).
    http_client audit(U("http://audit.internal"));
    audit.request(methods::POST, U("/events"))
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: awaited HTTP call to audit.internal in the request path of HTTP {{.*}} [coupling-awaited-call-in-request-path]
        .then([request](http_response sent) {
          Log(request.relative_uri().to_string(), sent.status_code());
        });
    request.reply(status_codes::Accepted);
  });
}
