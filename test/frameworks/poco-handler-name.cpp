// An entry point found by its definition (an override) is named by its
// class and method: every POCO handler overrides handleRequest, and the
// findings tell OrdersHandler::handleRequest from the others.
//
// RUN: %check_both %s coupling-sync-call-in-request-path
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

using namespace Poco::Net;

class OrdersHandler : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &, HTTPServerResponse &response) override {
    HTTPClientSession payments("payments.internal", 8080);
    payments.setTimeout(Poco::Timespan(2, 0));
    HTTPRequest charge(HTTPRequest::HTTP_POST, "/charge");
    payments.sendRequest(charge);
    HTTPResponse charged;
    payments.receiveResponse(charged);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to payments.internal in the request path of HTTP OrdersHandler::handleRequest{{.*}} [coupling-sync-call-in-request-path]
    response.setStatus(charged.getStatus());
    response.send();
  }
};

class StockHandler : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &, HTTPServerResponse &response) override {
    HTTPClientSession inventory("inventory.internal", 8080);
    inventory.setTimeout(Poco::Timespan(2, 0));
    HTTPRequest stock(HTTPRequest::HTTP_GET, "/stock");
    inventory.sendRequest(stock);
    HTTPResponse level;
    inventory.receiveResponse(level);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to inventory.internal in the request path of HTTP StockHandler::handleRequest{{.*}} [coupling-sync-call-in-request-path]
    response.setStatus(level.getStatus());
    response.send();
  }
};
