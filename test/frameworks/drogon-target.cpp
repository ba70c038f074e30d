// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/drogon
// XFAIL: *
//
// Engine gap: the callee host is lost when a sync-call rule has deadline_arg.
// newHttpClient("http://pricing.internal:8080") is a target-setter on the
// variable it initialises, and the call's context is that client, but
// Extractor's finish() reads Targets[context] only in the branch where the
// call has no deadline of its own (CallDeadlines); Drogon passes its timeout
// with the call (sendRequest(req, 2.0)), so the message says "HTTP call
// drogon::HttpClient::sendRequest" and "that service". Needed: look up the
// context's target whether or not the deadline came with the call.
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
