// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline --flags=-I%inputs/lookalike/aws
//
// Known limit (docs/limits.md, "A Lambda call is not named after its
// function"): Lambda names the function on the request
// (InvokeRequest::SetFunctionName), and a sync-call names its callee only
// from a target-setter on its context object. Every SDK call is bounded by
// ClientConfiguration::requestTimeoutMs (3000 ms by default), so the pack
// gives Invoke no context: no missing deadline is reported, and the call is
// named after the API, not after "pricing". This test pins that; it fails
// when the callee gets its name.
#include <aws/lambda/LambdaClient.h>
#include <httplib.h>

Aws::Lambda::LambdaClient *lambda;

void Register(httplib::Server &svr) {
  svr.Post("/price", [](const httplib::Request &req, httplib::Response &res) {
    Aws::Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("pricing");
    auto outcome = lambda->Invoke(invoke);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking lambda call Aws::Lambda::LambdaClient::Invoke in the request path of HTTP POST /price (service frameworks, named after its directory): the request now waits on that service being up and fast [coupling-sync-call-in-request-path]
    res.status = outcome.IsSuccess() ? 200 : 502;
  });
}
