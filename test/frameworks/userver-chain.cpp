// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline %userver_flags
//
// userver's client is used as a builder chain,
//   http_client_.CreateRequest().get(url).timeout(ms).perform()
// where each setter returns the request (moved, on an rvalue): the target
// and the deadline are set on temporaries, not on a variable. They are read
// off the receiver chain of perform()/async_perform(). Headers: look-alikes
// of userver's request.hpp and client.hpp (see their first lines).
#include <userver/clients/http/component.hpp>
#include <userver/server/handlers/http_handler_base.hpp>

using userver::server::http::HttpRequest;
using userver::server::request::RequestContext;

class Catalog final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-catalog";

  // Startup: a chain in the constructor is no request path.
  Catalog(const userver::components::ComponentConfig &config,
          const userver::components::ComponentContext &context)
      : HttpHandlerBase(config, context),
        http_client_(context.FindComponent<userver::components::HttpClient>()
                         .GetHttpClient()) {
    auto warm = http_client_.CreateRequest().get("http://catalog.internal/health").perform();
  }

  // Target and deadline on the chain: blocking, with a deadline.
  std::string HandleRequestThrow(const HttpRequest &, RequestContext &) const override {
    return http_client_.CreateRequest()
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking HTTP call to catalog.internal in the request path of HTTP Catalog::HandleRequestThrow {{.*}}: the request now waits on catalog.internal being up and fast [coupling-sync-call-in-request-path]
        .get("http://catalog.internal/v1/items")
        .timeout(std::chrono::milliseconds{300})
        .retry(2)
        .perform()
        ->body();
  }

private:
  userver::clients::http::Client &http_client_;
};

class Stock final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-stock";
  using HttpHandlerBase::HttpHandlerBase;

  // A target and no timeout: the chain has no deadline. Started, then
  // waited for: as synchronous as perform().
  std::string HandleRequestThrow(const HttpRequest &request, RequestContext &) const override {
    auto future = http_client_.CreateRequest()
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:19: warning: started asynchronously and then waited for HTTP call to stock.internal in the request path of HTTP Stock::HandleRequestThrow {{.*}} [coupling-sync-call-in-request-path]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:19: warning: HTTP call to stock.internal in the request path of HTTP Stock::HandleRequestThrow {{.*}} has no deadline: {{.*}} [coupling-missing-deadline]
                      .post("http://stock.internal/v1/reserve", request.RequestBody())
                      .async_perform();
    if (future.Wait() != std::future_status::ready)
      return {};
    return future.Get()->body();
  }

private:
  userver::clients::http::Client &http_client_;
};

class Audit final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-audit";
  using HttpHandlerBase::HttpHandlerBase;

  // Started on a chain and detached: not coupled in time.
  std::string HandleRequestThrow(const HttpRequest &request, RequestContext &) const override {
    http_client_.CreateRequest()
        .post("http://audit.internal/v1/events", request.RequestBody())
        .timeout(100)
        .async_perform()
        .Detach();
    return {};
  }

private:
  userver::clients::http::Client &http_client_;
};
