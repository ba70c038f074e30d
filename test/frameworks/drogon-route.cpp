// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/drogon
//
// Drogon names a handler's HTTP methods in the constraint list,
// registerHandler("/price", handler, {Get}): the rule's "method_arg" reads
// the drogon::Get/Post enumerators there, and the entry is "HTTP GET
// /price". Without a constraint list the entry is the bare route.
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
  app().registerHandler(
      "/quote",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://pricing.internal:8080");
        auto [result, resp] = client->sendRequest(req);
        // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: blocking HTTP call {{.*}} in the request path of HTTP /quote (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
        callback(resp);
      });
}
