// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/aws
// XFAIL: *
//
// Engine gap: requires_kind can only demand a tag, not its absence. Lambda
// Invoke waits for the function unless the request's type is Event; the
// pack tags requests where they are built (RequestResponse by default) or
// typed, and a request that comes from elsewhere (a parameter, a member)
// carries no tag, so neither the call rule nor the Event-publish rule
// applies and the blocking call below is missed. Needed: a negated kind
// condition (e.g. "unless_kind": "lambda-event") so that an untagged request
// gets the library's default, RequestResponse.
#include <aws/lambda/LambdaClient.h>
#include <httplib.h>

Aws::Lambda::LambdaClient *lambda;

int Price(const Aws::Lambda::Model::InvokeRequest &invoke) {
  auto outcome = lambda->Invoke(invoke);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking lambda call {{.*}} in the request path of HTTP POST /price{{.*}} [coupling-sync-call-in-request-path]
  return outcome.IsSuccess() ? 200 : 502;
}

void Register(httplib::Server &svr) {
  svr.Post("/price", [](const httplib::Request &req, httplib::Response &res) {
    Aws::Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("pricing");
    res.status = Price(invoke);
  });
}
