// RUN: %check_both %s coupling-missing-deadline --flags=-I%inputs/lookalike/drogon
//
// Drogon's sendRequest(req, double timeout = 0) waits forever with 0, the
// default: the rule's "no_deadline": [0] says so, and a timeout left to its
// default counts with the default's value. A floating-point timeout such as
// 1.5 seconds is a deadline (1500 ms).
#include <drogon/drogon.h>

using namespace drogon;

void Routes() {
  app().registerHandler(
      "/price",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://pricing.internal:8080");
        auto [result, resp] = client->sendRequest(req);
        // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: HTTP call {{.*}} in the request path of HTTP {{.*}} has no deadline: it can wait as long as the callee hangs (the library default: none: a timeout of 0 (the default) waits forever) [coupling-missing-deadline]
        auto [r2, quote] = client->sendRequest(req, 0);
        // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: HTTP call {{.*}} in the request path of HTTP {{.*}} has no deadline{{.*}} [coupling-missing-deadline]
        auto [r3, stock] = client->sendRequest(req, 1.5); // a deadline: fine
        callback(resp);
      });
}
