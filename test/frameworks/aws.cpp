// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path,coupling-dual-write --flags=-I%inputs/lookalike/aws
//
// AWS SDK for C++ (look-alike headers): SQS SendMessage and SNS Publish are
// publishes, never sync coupling; DynamoDB PutItem/UpdateItem are writes and
// GetItem/Query reads; a write with a send in one handler is a dual write.
// Lambda Invoke waits for the function unless the request's invocation type
// is Event, which only queues the event. An SQS ReceiveMessage loop is a
// consumer. cpp-httplib serves the requests.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/lambda/LambdaClient.h>
#include <aws/sns/SNSClient.h>
#include <aws/sqs/SQSClient.h>
#include <aws/sqs/model/ReceiveMessageRequest.h>
#include <httplib.h>

using namespace Aws;

DynamoDB::DynamoDBClient *dynamo;
SQS::SQSClient *sqs;
SNS::SNSClient *sns;
Lambda::LambdaClient *lambda;

void SaveOrder(const std::string &id, const std::string &body) {
  DynamoDB::Model::PutItemRequest put;
  put.SetTableName("orders");
  put.AddItem("id", DynamoDB::Model::AttributeValue(id));
  put.AddItem("body", DynamoDB::Model::AttributeValue(body));
  dynamo->PutItem(put);
}

void Register(httplib::Server &svr) {
  // PutItem (through a helper) and an SQS send: the outbox case.
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to dynamodb and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    SaveOrder(req.get_param_value("id"), req.body);
    SQS::Model::SendMessageRequest send;
    send.SetQueueUrl("https://sqs.eu-west-1.amazonaws.com/123456789012/order-created");
    send.SetMessageBody(req.body);
    sqs->SendMessage(send);
  });

  // UpdateItem and an SNS publish (the callable form, waited for: still
  // only a publish).
  svr.Put("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP PUT /orders (service frameworks, named after its directory) writes to dynamodb and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    DynamoDB::Model::UpdateItemRequest update;
    update.SetTableName("orders");
    update.AddKey("id", DynamoDB::Model::AttributeValue(req.body));
    update.SetUpdateExpression("SET paid = :t");
    dynamo->UpdateItem(update);
    SNS::Model::PublishRequest publish;
    publish.SetTopicArn("arn:aws:sns:eu-west-1:123456789012:order-paid");
    publish.SetMessage(req.body);
    auto outcome = sns->PublishCallable(publish).get();
  });

  // Reads with publishes: no dual write, no coupling.
  svr.Get("/orders", [](const httplib::Request &req, httplib::Response &res) {
    DynamoDB::Model::GetItemRequest get;
    get.SetTableName("orders");
    get.AddKey("id", DynamoDB::Model::AttributeValue(req.body));
    auto item = dynamo->GetItem(get);
    DynamoDB::Model::QueryRequest query;
    query.SetTableName("orders");
    dynamo->Query(query);
    SNS::Model::PublishRequest publish;
    publish.SetMessage("viewed");
    sns->Publish(publish);
    res.set_content(item.GetResult().GetItem().at("body").GetS(), "application/json");
  });

  // Invoke with the default RequestResponse type waits for the function.
  svr.Post("/price", [](const httplib::Request &req, httplib::Response &res) {
    Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("pricing");
    auto outcome = lambda->Invoke(invoke);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking lambda call {{.*}} in the request path of HTTP POST /price (service frameworks, named after its directory): the request now waits on {{.*}} being up and fast [coupling-sync-call-in-request-path]
    res.status = outcome.IsSuccess() ? 200 : 502;
  });

  // Explicitly RequestResponse, through the callable and waited for.
  svr.Post("/quote", [](const httplib::Request &req, httplib::Response &res) {
    Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("quotes");
    invoke.SetInvocationType(Lambda::Model::InvocationType::RequestResponse);
    auto future = lambda->InvokeCallable(invoke);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: started asynchronously and then waited for lambda call {{.*}} in the request path of HTTP POST /quote (service frameworks, named after its directory): the request now waits on {{.*}} being up and fast [coupling-sync-call-in-request-path]
    auto outcome = future.get();
    res.status = outcome.IsSuccess() ? 200 : 502;
  });

  // An Event invocation queues the event: a publish, with a write a dual
  // write, but never sync coupling.
  svr.Post("/audit", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dual write: HTTP POST /audit (service frameworks, named after its directory) writes to dynamodb and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    SaveOrder("audit", req.body);
    Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("audit-trail");
    invoke.SetInvocationType(Lambda::Model::InvocationType::Event);
    lambda->Invoke(invoke);
  });
}

// An SQS worker: a consumer, not a request path.
void Drain() {
  SQS::Model::ReceiveMessageRequest receive;
  receive.SetQueueUrl("https://sqs.eu-west-1.amazonaws.com/123456789012/order-created");
  for (;;) {
    auto messages = sqs->ReceiveMessage(receive);
    Lambda::Model::InvokeRequest invoke;
    invoke.SetFunctionName("fulfil");
    lambda->Invoke(invoke);
    SaveOrder("fulfilled", "{}");
  }
}

int main() {
  SDKOptions options;
  InitAPI(options);
  // Startup: not a request path.
  Lambda::Model::InvokeRequest warm;
  warm.SetFunctionName("pricing");
  lambda->Invoke(warm);
  httplib::Server svr;
  Register(svr);
  svr.listen("0.0.0.0", 8080);
  ShutdownAPI(options);
}
