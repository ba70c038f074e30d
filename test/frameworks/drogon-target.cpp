// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/drogon
//
// The callee host comes from the client's construction even when the call
// carries its own timeout: newHttpClient("http://pricing.internal:8080") is
// a target-setter on the variable it initialises, the call's context is that
// client, and sendRequest(req, 2.0) passes the deadline with the call. The
// target is looked up on the context wherever the deadline came from.
#include <drogon/drogon.h>

using namespace drogon;

void Routes() {
  app().registerHandler(
      "/price",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://pricing.internal:8080");
        auto [result, resp] = client->sendRequest(req, 2.0);
        // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: blocking HTTP call to pricing.internal in the request path of HTTP {{.*}}: the request now waits on pricing.internal being up and fast [coupling-sync-call-in-request-path]
        callback(resp);
      });
}
