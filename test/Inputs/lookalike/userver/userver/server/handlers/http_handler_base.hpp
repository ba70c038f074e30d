// Look-alike test header: imitates the signatures of userver's server::handlers::HttpHandlerBase (not the real library).
#pragma once
#include <userver/components/component_context.hpp>
#include <userver/server/http/http_request.hpp>
#include <string>

namespace userver {
namespace server {
namespace handlers {

class HandlerBase : public components::LoggableComponentBase {
public:
  HandlerBase(const components::ComponentConfig &config,
              const components::ComponentContext &context,
              bool is_monitor = false);
};

class HttpHandlerBase : public HandlerBase {
public:
  HttpHandlerBase(const components::ComponentConfig &config,
                  const components::ComponentContext &context,
                  bool is_monitor = false);

  /// Override to handle a request; the returned string is the body.
  virtual std::string HandleRequestThrow(const http::HttpRequest &request,
                                         request::RequestContext &context) const;

  /// Newer spelling of the same hook.
  virtual std::string HandleRequest(http::HttpRequest &request,
                                    request::RequestContext &context) const;
};

} // namespace handlers
} // namespace server
} // namespace userver
