// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path,coupling-blocking-call-in-event-loop,coupling-dual-write --flags=-I%inputs/lookalike/drogon
//
// Drogon (look-alike headers): handlers registered with registerHandler, the
// methods of an HttpController and HttpSimpleControllers run on the
// framework's event loops. HttpClient::sendRequest without a callback blocks
// (and stalls the loop), sendRequestCoro is awaited, and sendRequest with a
// callback is only coupling when the handler then waits for it. The orm's
// execSqlSync blocks the loop too; its SQL verb and the Redis command verb
// decide reads and writes for dual writes.
//
// The route's HTTP method and the default "no timeout" are pinned by
// drogon-route.cpp and drogon-deadline.cpp; the callee host and
// structured-binding reads by drogon-target.cpp and
// drogon-structured-binding.cpp. Here those parts of the messages are {{.*}}.
#include <drogon/drogon.h>
#include <librdkafka/rdkafka.h>

using namespace drogon;

rd_kafka_t *producer;
orm::DbClientPtr db;
nosql::RedisClientPtr redis;

// A helper two hops from the handler.
std::string FetchPrice(const std::string &sku) {
  auto client = HttpClient::newHttpClient("http://pricing.internal:8080");
  auto req = HttpRequest::newHttpRequest();
  req->setPath("/price/" + sku);
  auto [result, resp] = client->sendRequest(req, 2.0);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:25: warning: blocking HTTP call {{.*}} on the event loop of HTTP {{.*}}/price (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:25: warning: blocking HTTP call {{.*}} in the request path of HTTP {{.*}}/price (service frameworks, named after its directory): the request now waits on {{.*}} being up and fast [coupling-sync-call-in-request-path]
  return result == ReqResult::Ok ? std::string(resp->body()) : "";
}

Task<HttpResponsePtr> Quote(HttpRequestPtr in) {
  auto client = HttpClient::newHttpClient("http://quotes.internal");
  auto req = HttpRequest::newHttpRequest();
  req->setPath("/quote");
  auto resp = co_await client->sendRequestCoro(req, 1.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: awaited HTTP call {{.*}} in the request path of HTTP {{.*}}/quote (service frameworks, named after its directory): co_await frees the thread, but the request still waits for the response, so it depends on the callee being up and fast right now [coupling-awaited-call-in-request-path]
  co_return resp;
}

class OrdersCtrl : public HttpController<OrdersCtrl> {
public:
  METHOD_LIST_BEGIN
  METHOD_ADD(OrdersCtrl::place, "/place", Post);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: dual write: HTTP OrdersCtrl::place (service frameworks, named after its directory) writes to database and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
  METHOD_ADD(OrdersCtrl::get, "/{1}", Get);
  ADD_METHOD_VIA_REGEX(OrdersCtrl::cancel, "/cancel/([0-9]+)", Post);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: dual write: HTTP OrdersCtrl::cancel (service frameworks, named after its directory) writes to database and publishes to {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
  ADD_METHOD_VIA_REGEX(OrdersCtrl::history, "/history/([0-9]+)", Get);
  METHOD_LIST_END

  // The << binder is a write by its verb: with the publish, a dual write.
  void cancel(const HttpRequestPtr &req,
              std::function<void(const HttpResponsePtr &)> &&callback,
              std::string id) {
    *db << "UPDATE orders SET state = 'cancelled' WHERE id = $1" << id >>
        [](const orm::Result &) {} >> [](const orm::DrogonDbException &) {};
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-cancelled"),
                      RD_KAFKA_V_END);
    callback(HttpResponse::newHttpResponse());
  }

  // A SELECT through the binder and a publish: a read, no dual write.
  void history(const HttpRequestPtr &req,
               std::function<void(const HttpResponsePtr &)> &&callback,
               std::string id) {
    *db << "SELECT body FROM orders WHERE id = $1" << id >>
        [](const orm::Result &) {} >> [](const orm::DrogonDbException &) {};
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("history-viewed"),
                      RD_KAFKA_V_END);
    callback(HttpResponse::newHttpResponse());
  }

  // An INSERT and a publish: the outbox case. execSqlSync also blocks the
  // event loop until the database answers.
  void place(const HttpRequestPtr &req,
             std::function<void(const HttpResponsePtr &)> &&callback) {
    db->execSqlSync("INSERT INTO orders (body) VALUES ($1)",
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call drogon::orm::DbClient::execSqlSync on the event loop of HTTP OrdersCtrl::place (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
                    std::string(req->body()));
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-placed"),
                      RD_KAFKA_V_END);
    callback(HttpResponse::newHttpResponse(k202Accepted, CT_NONE));
  }

  // A coroutine read and a publish: no dual write, nothing blocks.
  Task<> get(HttpRequestPtr req,
             std::function<void(const HttpResponsePtr &)> callback,
             std::string id) {
    auto rows = co_await db->execSqlCoro("SELECT body FROM orders WHERE id = $1", id);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("order-viewed"),
                      RD_KAFKA_V_END);
    callback(HttpResponse::newHttpResponse());
  }
};

class HealthCtrl : public HttpSimpleController<HealthCtrl> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/health", Get);
  PATH_LIST_END
  void asyncHandleHttpRequest(
      const HttpRequestPtr &req,
      std::function<void(const HttpResponsePtr &)> &&callback) override {
    auto client = HttpClient::newHttpClient("http://db-proxy.internal");
    auto [result, resp] = client->sendRequest(HttpRequest::newHttpRequest());
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:27: warning: blocking HTTP call {{.*}} on the event loop of HTTP HealthCtrl::asyncHandleHttpRequest (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:27: warning: blocking HTTP call {{.*}} in the request path of HTTP HealthCtrl::asyncHandleHttpRequest (service frameworks, named after its directory): the request now waits on {{.*}} being up and fast [coupling-sync-call-in-request-path]
    callback(resp);
  }
};

void Routes() {
  app().registerHandler(
      "/price",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto resp = HttpResponse::newHttpResponse();
        resp->setBody(FetchPrice(req->getParameter("sku")));
        callback(resp);
      },
      {Get});

  app().registerHandler("/quote", [](HttpRequestPtr req) { return Quote(req); });

  // The idiomatic asynchronous request: the handler answers from the
  // callback and never waits. Not coupling in time.
  app().registerHandler(
      "/stock",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://inventory.internal");
        client->sendRequest(
            HttpRequest::newHttpRequest(),
            [callback](ReqResult r, const HttpResponsePtr &resp) {
              callback(resp);
            },
            1.0);
      },
      {Get});

  // Started with a callback, then waited for: as synchronous as sendRequest
  // without one, and a deadlock on the loop.
  app().registerHandler(
      "/reserve",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        auto client = HttpClient::newHttpClient("http://inventory.internal");
        std::promise<HttpResponsePtr> done;
        client->sendRequest(
        // CHECK-MESSAGES-DAG: :[[@LINE-1]]:9: warning: blocking HTTP call {{.*}} on the event loop of HTTP {{.*}}/reserve (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
        // CHECK-MESSAGES-DAG: :[[@LINE-2]]:9: warning: started asynchronously and then waited for HTTP call {{.*}} in the request path of HTTP {{.*}}/reserve (service frameworks, named after its directory): the request now waits on {{.*}} being up and fast [coupling-sync-call-in-request-path]
            HttpRequest::newHttpRequest(),
            [&done](ReqResult, const HttpResponsePtr &resp) {
              done.set_value(resp);
            });
        callback(done.get_future().get());
      },
      {Post});

  // A Redis write and an awaited call to another service: a dual write.
  app().registerHandler("/cart", [](HttpRequestPtr req) -> Task<HttpResponsePtr> {
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: dual write: HTTP {{.*}}/cart (service frameworks, named after its directory) writes to redis and makes a HTTP call {{.*}}; if one succeeds and the other fails, they disagree [coupling-dual-write]
    redis->execCommandAsync([](const nosql::RedisResult &) {},
                            [](const nosql::RedisException &) {},
                            "HSET cart:%s total %s", "42", "10");
    auto payments = HttpClient::newHttpClient("https://payments.internal:8443");
    auto resp = co_await payments->sendRequestCoro(HttpRequest::newHttpRequest(), 2);
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: awaited HTTP call {{.*}} in the request path of HTTP {{.*}}/cart (service frameworks, named after its directory): co_await frees the thread, but the request still waits for the response, so it depends on the callee being up and fast right now [coupling-awaited-call-in-request-path]
    co_return resp;
  });

  // A publish is not coupling.
  app().registerHandler("/events", [](HttpRequestPtr req) {
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("events"), RD_KAFKA_V_END);
    return HttpResponse::newHttpResponse(k202Accepted, CT_NONE);
  });
}

int main() {
  // Startup: a blocking fetch before the loop runs is not a request path.
  auto config = HttpClient::newHttpClient("http://config.internal");
  auto [result, resp] = config->sendRequest(HttpRequest::newHttpRequest(), 5);
  db->execSqlSync("CREATE TABLE IF NOT EXISTS orders (id text, body text)");
  Routes();
  app().addListener("0.0.0.0", 8080).run();
}
