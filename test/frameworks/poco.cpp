// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline,coupling-dual-write
//
// POCO: HTTPRequestHandler::handleRequest overrides (and AbstractHTTPRequestHandler::run,
// HTTPRequestHandlerFactory::createRequestHandler) serve requests;
// HTTPClientSession::receiveResponse waits for another service, with the
// session's setTimeout as its deadline; a Poco::Data statement writes to a
// database. Sending without receiving, and calls at startup, are not
// request-path coupling.
#include <Poco/Data/Session.h>
#include <Poco/Net/AbstractHTTPRequestHandler.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/StreamCopier.h>

using namespace Poco::Net;
using Poco::Data::Keywords::now;
using Poco::Data::Keywords::use;

bool Charge(const std::string &order) {
  HTTPClientSession session("payments.internal", 8080);
  session.setTimeout(Poco::Timespan(2, 0));
  HTTPRequest request(HTTPRequest::HTTP_POST, "/charge");
  request.setContentLength(order.size());
  session.sendRequest(request) << order;
  HTTPResponse response;
  session.receiveResponse(response);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking HTTP call to payments.internal in the request path of HTTP {{(OrdersHandler::)?}}handleRequest (service frameworks, named after its directory): the request now waits on payments.internal being up and fast [coupling-sync-call-in-request-path]
  return response.getStatus() == HTTPResponse::HTTP_OK;
}

class OrdersHandler : public HTTPRequestHandler {
public:
  explicit OrdersHandler(Poco::Data::Session &db) : db_(db) {}

  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: dual write: HTTP {{(OrdersHandler::)?}}handleRequest (service frameworks, named after its directory) writes to poco-data and makes a HTTP call to inventory.internal; if one succeeds and the other fails, they disagree [coupling-dual-write]
    std::string order;
    Poco::StreamCopier::copyToString(request.stream(), order);
    db_ << "INSERT INTO orders (body) VALUES (?)", use(order), now;
    if (!Charge(order)) {
      response.setStatus(HTTPResponse::HTTP_PAYMENT_REQUIRED);
      response.send();
      return;
    }

    // No timeout: the session's default applies.
    HTTPClientSession stock("inventory.internal", 8080);
    HTTPRequest reserve(HTTPRequest::HTTP_POST, "/reserve");
    stock.sendRequest(reserve);
    HTTPResponse reserved;
    std::istream &body = stock.receiveResponse(reserved);
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:26: warning: HTTP call to inventory.internal in the request path of HTTP {{(OrdersHandler::)?}}handleRequest{{.*}} has no deadline: it can wait as long as the callee hangs (the library default: 60 s (HTTPSession's default timeout)) [coupling-missing-deadline]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:26: warning: blocking HTTP call to inventory.internal in the request path of HTTP {{(OrdersHandler::)?}}handleRequest{{.*}} [coupling-sync-call-in-request-path]
    Poco::StreamCopier::copyStream(body, response.send());
  }

private:
  Poco::Data::Session &db_;
};

class HealthHandler : public AbstractHTTPRequestHandler {
public:
  void run() override {
    HTTPClientSession session;
    session.setHost("db-proxy.internal");
    session.setTimeout(Poco::Timespan(1, 0));
    HTTPRequest ping(HTTPRequest::HTTP_GET, "/ping");
    session.sendRequest(ping);
    HTTPResponse pong;
    session.receiveResponse(pong);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to db-proxy.internal in the request path of HTTP {{(HealthHandler::)?}}run{{.*}} [coupling-sync-call-in-request-path]
    response().setStatus(pong.getStatus());
    response().send() << "ok";
  }
};

class AuditHandler : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &, HTTPServerResponse &response) override {
    // Sent, never received: the handler does not wait for the answer.
    HTTPClientSession audit("audit.internal", 8080);
    HTTPRequest event(HTTPRequest::HTTP_POST, "/events");
    audit.sendRequest(event) << "placed";
    response.setStatus(HTTPResponse::HTTP_ACCEPTED);
    response.send();
  }
};

// A raw TCP server's connection handler serves its client in run().
class QuoteConnection : public Poco::Net::TCPServerConnection {
public:
  using TCPServerConnection::TCPServerConnection;
  void run() override {
    HTTPClientSession pricing("pricing.internal", 8080);
    pricing.setTimeout(Poco::Timespan(0, 500000));
    HTTPRequest quote(HTTPRequest::HTTP_GET, "/quote");
    pricing.sendRequest(quote);
    HTTPResponse price;
    Poco::StreamCopier::copyToString(pricing.receiveResponse(price), last_);
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: blocking HTTP call to pricing.internal in the request path of tcp {{(QuoteConnection::)?}}run{{.*}} [coupling-sync-call-in-request-path]
    socket().sendBytes(last_.data(), static_cast<int>(last_.size()));
  }

private:
  std::string last_;
};

class Router : public HTTPRequestHandlerFactory {
public:
  explicit Router(Poco::Data::Session &db) : db_(db) {}
  HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &request) override {
    if (request.getURI() == "/health")
      return new HealthHandler;
    if (request.getURI() == "/audit")
      return new AuditHandler;
    return new OrdersHandler(db_);
  }

private:
  Poco::Data::Session &db_;
};

int main() {
  Poco::Data::Session db("SQLite", "orders.db");
  // Startup is not a request path.
  db << "CREATE TABLE IF NOT EXISTS orders (body TEXT)", now;
  Charge("warm-up");
  HTTPServer server(new Router(db), ServerSocket(8080), new HTTPServerParams);
  server.start();
  for (;;)
    Poco::Thread::sleep(1000);
}
