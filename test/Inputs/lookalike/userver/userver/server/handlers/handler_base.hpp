// Look-alike test header (not the real library): follows userver's core/include/userver/server/handlers/handler_base.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/components/component_base.hpp>
#include <userver/server/request/request_base.hpp>
#include <userver/server/request/request_context.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::handlers {

class HandlerBase : public components::ComponentBase {
public:
    HandlerBase(
        const components::ComponentConfig& config,
        const components::ComponentContext& component_context,
        bool is_monitor = false
    );
    ~HandlerBase() noexcept override = default;

    /// Parses request, executes processing routines, and fills response
    /// accordingly. Does not throw.
    virtual void HandleRequest(request::RequestBase& request, request::RequestContext& context) const = 0;

    bool IsMonitor() const { return is_monitor_; }

private:
    bool is_monitor_;
};

}  // namespace server::handlers

USERVER_NAMESPACE_END
