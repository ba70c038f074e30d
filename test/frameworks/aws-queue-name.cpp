// RUN: %check_both %s coupling-dual-write --flags=-I%inputs/lookalike/aws
//
// Known limit (docs/limits.md, "A queue or topic named on a request
// object"): a publish's topic is read only from an argument of the publish
// call (topic_arg / topic_after). The AWS SDK names the queue on the request
// object (SendMessageRequest::SetQueueUrl) and passes only the request, so
// the dual write is reported, named after the API rather than the queue.
// This test pins that; it fails when the queue gets its name.
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/sqs/SQSClient.h>
#include <httplib.h>

Aws::DynamoDB::DynamoDBClient *dynamo;
Aws::SQS::SQSClient *sqs;

void Register(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to dynamodb and publishes to Aws::SQS::SQSClient::SendMessage; if one succeeds and the other fails, they disagree [coupling-dual-write]
    Aws::DynamoDB::Model::PutItemRequest put;
    put.SetTableName("orders");
    dynamo->PutItem(put);
    Aws::SQS::Model::SendMessageRequest send;
    send.SetQueueUrl("https://sqs.eu-west-1.amazonaws.com/123456789012/order-created");
    send.SetMessageBody(req.body);
    sqs->SendMessage(send);
  });
}
