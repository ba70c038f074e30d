// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/drogon
// XFAIL: *
//
// Engine gap: an HTTP entry point's method comes only from the name of the
// registering function (httplib's Server::Post -> "POST /x"); any other
// registration gets the bare route, so Drogon's
// registerHandler("/price", handler, {Get}) reads "HTTP /price". Drogon names
// the methods in the constraint list (argument 2), Crow in .methods(...) on
// the rule. Needed: a rule field naming where the HTTP method comes from
// (e.g. "method_arg": 2, reading the drogon::Get/Post enumerators in it).
#include <drogon/drogon.h>

using namespace drogon;

void Routes() {
  app().registerHandler(
      "/price",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://pricing.internal:8080");
        auto [result, resp] = client->sendRequest(req);
        // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: blocking HTTP call {{.*}} in the request path of HTTP GET /price (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
        callback(resp);
      },
      {Get});
}
