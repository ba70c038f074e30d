// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path
//
// cpprestsdk joins are tied to the task they wait on: `.get()`/`.wait()` on
// the task of http_client::request, on a continuation of it, or on a
// variable holding either, joins that request. A get() on an unrelated task
// (the inbound body) does not join a request whose task was thrown away, or
// kept in a variable that is never used again.
#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>
#include <cpprest/json.h>

using namespace web;
using namespace web::http;
using namespace web::http::client;
using namespace web::http::experimental::listener;

void Serve(http_listener &listener) {
  listener.support(methods::POST, [](http_request request) {
    // Fire and forget: nobody can wait for a discarded task.
    http_client audit(U("http://audit.internal"));
    audit.request(methods::POST, U("/events"), U("received"));
    // Kept, but never waited on nor handed on.
    http_client metrics(U("http://metrics.internal"));
    auto counted = metrics.request(methods::POST, U("/count"));
    // Reading the inbound request's own body.
    json::value order = request.extract_json().get();
    http_client payments(U("http://payments.internal"));
    http_response charged = payments.request(methods::POST, U("/charge"), order).get();
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: started asynchronously and then waited for HTTP call to payments.internal{{.*}} [coupling-sync-call-in-request-path]
    request.reply(charged.status_code());
  });
  listener.support(methods::PUT, [](http_request request) {
    // A continuation kept in a variable, waited on later.
    http_client stock(U("http://stock.internal"));
    auto reserved = stock.request(methods::PUT, U("/reserve"))
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: started asynchronously and then waited for HTTP call to stock.internal{{.*}} [coupling-sync-call-in-request-path]
                        .then([](http_response r) { return r.status_code(); });
    json::value body = request.extract_json().get();
    request.reply(reserved.get(), body);
  });
}
