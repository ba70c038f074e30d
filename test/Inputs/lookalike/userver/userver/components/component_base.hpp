// Look-alike test header (not the real library): follows userver's core/include/userver/components/component_base.hpp (and raw_component_base.hpp)
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/components/component_config.hpp>
#include <userver/components/component_context.hpp>

USERVER_NAMESPACE_BEGIN

namespace components {

class RawComponentBase {
public:
    RawComponentBase() = default;
    virtual ~RawComponentBase();
};

class ComponentBase : public RawComponentBase {
public:
    ComponentBase(const ComponentConfig&, const ComponentContext&);
    ComponentBase(ComponentBase&&) = delete;
    ComponentBase(const ComponentBase&) = delete;
    ~ComponentBase() override = default;

protected:
    using LoggableComponentBase = ComponentBase;
};

using LoggableComponentBase = ComponentBase;

}  // namespace components

USERVER_NAMESPACE_END
