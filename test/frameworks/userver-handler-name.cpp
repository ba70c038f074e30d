// RUN: %check_both %s coupling-sync-call-in-request-path %userver_flags
//
// Every userver handler overrides the same HandleRequestThrow; an entry found
// by its definition is named with its class, so two handlers of one service
// stay apart.
#include <userver/clients/http/client.hpp>
#include <userver/server/handlers/http_handler_base.hpp>

class Payments final : public userver::server::handlers::HttpHandlerBase {
public:
  static constexpr std::string_view kName = "handler-payments";
  using HttpHandlerBase::HttpHandlerBase;
  std::string HandleRequestThrow(const userver::server::http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    auto charge = http_client_->CreateRequest();
    charge.post("http://payments.internal/v1/charge", request.RequestBody());
    return charge.perform()->body();
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking HTTP call to payments.internal in the request path of HTTP Payments::HandleRequestThrow (service frameworks, named after its directory){{.*}} [coupling-sync-call-in-request-path]
  }

private:
  userver::clients::http::Client *http_client_;
};
