// Look-alike test header: imitates the signatures of userver's server::handlers::HttpHandlerJsonBase (not the real library).
#pragma once
#include <userver/formats/json/value.hpp>
#include <userver/server/handlers/http_handler_base.hpp>

namespace userver {
namespace server {
namespace handlers {

class HttpHandlerJsonBase : public HttpHandlerBase {
public:
  HttpHandlerJsonBase(const components::ComponentConfig &config,
                      const components::ComponentContext &context,
                      bool is_monitor = false);

  std::string HandleRequestThrow(const http::HttpRequest &request,
                                 request::RequestContext &context) const final;

  virtual formats::json::Value HandleRequestJsonThrow(
      const http::HttpRequest &request, const formats::json::Value &request_json,
      request::RequestContext &context) const = 0;
};

} // namespace handlers
} // namespace server
} // namespace userver
