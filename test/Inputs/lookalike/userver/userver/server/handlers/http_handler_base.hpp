// Look-alike test header (not the real library): follows userver's core/include/userver/server/handlers/http_handler_base.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string>

#include <userver/server/handlers/handler_base.hpp>
#include <userver/server/http/http_request.hpp>
#include <userver/server/http/http_response.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::http {
class ResponseBodyStream;
}  // namespace server::http

namespace server::handlers {

/// Base class for all the Userver HTTP Handlers.
class HttpHandlerBase : public HandlerBase {
public:
    HttpHandlerBase(
        const components::ComponentConfig& config,
        const components::ComponentContext& component_context,
        bool is_monitor = false
    );
    ~HttpHandlerBase() override;

    void HandleRequest(request::RequestBase& request, request::RequestContext& context) const override;

    virtual const std::string& HandlerName() const;

protected:
    /// Override it if you need a custom request handler.
    virtual std::string HandleRequestThrow(const http::HttpRequest& request, request::RequestContext& context) const;

    /// For internal use. You don't need to override it.
    virtual void
    HandleStreamRequest(const server::http::HttpRequest&, server::request::RequestContext&, server::http::ResponseBodyStream&)
        const;
};

}  // namespace server::handlers

USERVER_NAMESPACE_END
