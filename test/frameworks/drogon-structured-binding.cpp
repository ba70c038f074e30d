// RUN: %check_both %s coupling-fire-and-forget-call --flags=-I%inputs/lookalike/drogon
//
// A response kept in a structured binding is read through its bindings.
// Drogon's synchronous sendRequest returns std::pair<ReqResult,
// HttpResponsePtr>, idiomatically unpacked with `auto [result, resp] = ...`;
// a use of `result` or `resp` reads the decomposed variable the call
// initialised, so coupling-fire-and-forget-call stays quiet: the handler
// reads the result and returns the response. This test expects no warning.
#include <drogon/drogon.h>

using namespace drogon;

void Routes() {
  app().registerHandler(
      "/price",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://pricing.internal:8080");
        auto [result, resp] = client->sendRequest(req, 2.0);
        if (result == ReqResult::Ok)
          callback(resp);
      });
}
