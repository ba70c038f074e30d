// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline --flags=-I%inputs/lookalike/aws
// XFAIL: *
//
// Engine gap: a sync-call's callee can only be named from its context object
// (target-setter on the context), and a rule with a context reports a
// missing deadline when no deadline-setter touched that object. Lambda's
// function is named on the request (InvokeRequest::SetFunctionName), but
// every SDK call is bounded by ClientConfiguration::requestTimeoutMs (3000 ms
// by default), so the pack leaves the context out and the callee unnamed
// rather than report "no deadline" on every Invoke. Needed: a target operand
// separate from the deadline context (e.g. "target": {"object_arg": 0}), or
// a finite library default in the rule (e.g. "default_deadline_ms": 3000).
// Expected: the call is named after the function, and no missing-deadline.
#include <aws/lambda/LambdaClient.h>
#include <httplib.h>

Aws::Lambda::LambdaClient *lambda;

void Register(httplib::Server &svr) {
  svr.Post("/price", [](const httplib::Request &req, httplib::Response &res) {
    Aws::Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("pricing");
    auto outcome = lambda->Invoke(invoke);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking lambda call to pricing in the request path of HTTP POST /price (service frameworks, named after its directory): the request now waits on pricing being up and fast [coupling-sync-call-in-request-path]
    res.status = outcome.IsSuccess() ? 200 : 502;
  });
}
