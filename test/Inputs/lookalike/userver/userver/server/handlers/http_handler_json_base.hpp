// Look-alike test header (not the real library): follows userver's core/include/userver/server/handlers/http_handler_json_base.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string>

#include <userver/formats/json/value.hpp>
#include <userver/server/handlers/http_handler_base.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::handlers {

/// Convenient base for handlers that accept requests with body in JSON and
/// provide JSON in response.
class HttpHandlerJsonBase : public HttpHandlerBase {
public:
    HttpHandlerJsonBase(
        const components::ComponentConfig& config,
        const components::ComponentContext& component_context,
        bool is_monitor = false
    );

    std::string HandleRequestThrow(const http::HttpRequest& request, request::RequestContext& context) const final;

    virtual formats::json::Value HandleRequestJsonThrow(
        const http::HttpRequest& request,
        const formats::json::Value& request_json,
        request::RequestContext& context
    ) const = 0;
};

}  // namespace server::handlers

USERVER_NAMESPACE_END
