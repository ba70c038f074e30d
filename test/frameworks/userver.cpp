// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write %userver_flags
//
// userver (look-alike headers following upstream at c2f43b4e85f3, each
// names its upstream file): overrides of HttpHandlerBase::HandleRequestThrow
// and HttpHandlerJsonBase::HandleRequestJsonThrow are handlers. The HTTP
// client's perform() waits for the response (the task is suspended, the
// request still waits); async_perform() is coupling once the handler waits
// on the future. PostgreSQL queries are reads or writes by their SQL verb,
// Kafka sends are publishes. The component's constructor runs at startup.
#include <userver/clients/http/component.hpp>
#include <userver/kafka/producer.hpp>
#include <userver/server/handlers/http_handler_json_base.hpp>
#include <userver/storages/postgres/cluster.hpp>

namespace shop {

using userver::components::ComponentConfig;
using userver::components::ComponentContext;
namespace http = userver::server::http;
namespace pg = userver::storages::postgres;

const pg::Query kInsertOrder{"INSERT INTO orders (id, body) VALUES ($1, $2)",
                             pg::Query::Name{"insert_order"}};
const pg::Query kSelectOrder{"SELECT body FROM orders WHERE id = $1"};

// A write and a publish: the outbox case.
class Orders final : public userver::server::handlers::HttpHandlerJsonBase {
public:
  static constexpr std::string_view kName = "handler-orders";
  Orders(const ComponentConfig &config, const ComponentContext &context);

  userver::formats::json::Value
  HandleRequestJsonThrow(const http::HttpRequest &request,
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: dual write: HTTP shop::Orders::HandleRequestJsonThrow (service frameworks, named after its directory) writes to postgresql and publishes to order-created; if one succeeds and the other fails, they disagree [coupling-dual-write]
                         const userver::formats::json::Value &json,
                         userver::server::request::RequestContext &) const override {
    cluster_->Execute(pg::ClusterHostType::kMaster, kInsertOrder,
                      request.GetArg("id"), request.RequestBody());
    producer_.Send("order-created", request.GetArg("id"), request.RequestBody());
    return json;
  }

private:
  pg::ClusterPtr cluster_;
  const userver::kafka::Producer &producer_;
};

class Payments final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-payments";

  // Startup: a request made while the component is built is no request path.
  Payments(const ComponentConfig &config, const ComponentContext &context)
      : HttpHandlerBase(config, context),
        http_client_(context.FindComponent<userver::components::HttpClient>()
                         .GetHttpClient()) {
    auto warm = http_client_.CreateRequest();
    warm.get("http://payments.internal/health");
    auto health = warm.perform();
  }

  std::string HandleRequestThrow(const http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    auto charge = http_client_.CreateRequest();
    charge.post("http://payments.internal/v1/charge", request.RequestBody());
    charge.timeout(500);
    auto response = charge.perform();
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking HTTP call to payments.internal in the request path of HTTP shop::Payments::HandleRequestThrow (service frameworks, named after its directory): the request now waits on payments.internal being up and fast [coupling-sync-call-in-request-path]
    return response->body();
  }

private:
  userver::clients::http::Client &http_client_;
};

class Inventory final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-inventory";
  Inventory(const ComponentConfig &config, const ComponentContext &context);

  // Started, then waited for: as synchronous as perform(). A read and a
  // publish make no dual write.
  std::string HandleRequestThrow(const http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    auto rows = cluster_->Execute(pg::ClusterHostType::kSlave, kSelectOrder,
                                  request.GetArg("id"));
    auto stock = http_client_.CreateRequest();
    stock.get("http://stock.internal/v1/stock");
    auto future = stock.async_perform();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: started asynchronously and then waited for HTTP call to stock.internal in the request path of HTTP shop::Inventory::HandleRequestThrow (service frameworks, named after its directory): the request now waits on stock.internal being up and fast [coupling-sync-call-in-request-path]
    producer_.Send("stock-checked", request.GetArg("id"), "");
    return future.Get()->body();
  }

private:
  userver::clients::http::Client &http_client_;
  pg::ClusterPtr cluster_;
  const userver::kafka::Producer &producer_;
};

class Audit final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-audit";
  Audit(const ComponentConfig &config, const ComponentContext &context);

  // Started and never waited for, and a publish: not coupled in time.
  std::string HandleRequestThrow(const http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    auto audit = http_client_.CreateRequest();
    audit.post("http://audit.internal/v1/events", request.RequestBody());
    audit.async_perform().Detach();
    auto sent = producer_.SendAsync("audited", "key", request.RequestBody());
    return {};
  }

private:
  userver::clients::http::Client &http_client_;
  const userver::kafka::Producer &producer_;
};

// A builder chain: the same blocking call, to the host get() names (chains
// in detail: userver-chain.cpp).
class Catalog final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-catalog";
  Catalog(const ComponentConfig &config, const ComponentContext &context);

  std::string HandleRequestThrow(const http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    return http_client_.CreateRequest()
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking HTTP call to catalog.internal in the request path of HTTP shop::Catalog::HandleRequestThrow (service frameworks, named after its directory): the request now waits on catalog.internal being up and fast [coupling-sync-call-in-request-path]
        .get("http://catalog.internal/v1/items")
        .timeout(std::chrono::milliseconds{300})
        .retry(2)
        .perform()
        ->body();
  }

private:
  userver::clients::http::Client &http_client_;
};

} // namespace shop
