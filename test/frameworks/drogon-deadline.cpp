// RUN: %check_both %s coupling-missing-deadline --flags=-I%inputs/lookalike/drogon
// XFAIL: *
//
// Engine gap: a timeout argument left to its default, or one whose value
// means "no timeout", counts as a constant deadline. Drogon's
// sendRequest(req, double timeout = 0) waits forever with 0, the default;
// the rule names the argument (deadline_arg), the call's arguments include
// the CXXDefaultArgExpr, and classifyDeadline() calls any value it cannot
// evaluate a constant. Needed: a default argument is no deadline, and a rule
// field for the values that mean none (e.g. "no_deadline": [0, -1]); a
// floating-point constant such as 2.0 seconds should give 2000 ms.
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
