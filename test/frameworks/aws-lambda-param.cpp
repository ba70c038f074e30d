// RUN: %check_both %s coupling-sync-call-in-request-path --flags=-I%inputs/lookalike/aws
//
// Lambda Invoke waits for the function unless the request's type is Event.
// RequestResponse is the library's default, so a request that comes from
// elsewhere (a parameter, a member) and carries no tag is a blocking call;
// one this function sets to Event only queues the event.
#include <aws/lambda/LambdaClient.h>
#include <httplib.h>

Aws::Lambda::LambdaClient *lambda;

int Price(const Aws::Lambda::Model::InvokeRequest &invoke) {
  auto outcome = lambda->Invoke(invoke);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking lambda call {{.*}} in the request path of HTTP POST /price{{.*}} [coupling-sync-call-in-request-path]
  return outcome.IsSuccess() ? 200 : 502;
}

// The same request turned into an event here: queued, not waited for.
int Notify(Aws::Lambda::Model::InvokeRequest invoke) {
  invoke.SetInvocationType(Aws::Lambda::Model::InvocationType::Event);
  return lambda->Invoke(invoke).IsSuccess() ? 202 : 502;
}

void Register(httplib::Server &svr) {
  svr.Post("/price", [](const httplib::Request &req, httplib::Response &res) {
    Aws::Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("pricing");
    res.status = Price(invoke);
  });
  svr.Post("/notify", [](const httplib::Request &req, httplib::Response &res) {
    Aws::Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("notifier");
    res.status = Notify(invoke);
  });
}
