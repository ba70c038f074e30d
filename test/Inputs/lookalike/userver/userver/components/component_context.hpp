// Look-alike test header (not the real library): follows userver's core/include/userver/components/component_context.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string_view>

#include <userver/components/component_config.hpp>

USERVER_NAMESPACE_BEGIN

namespace components {

class ComponentContext final {
public:
    template <typename T>
    T& FindComponent() const;

    template <typename T>
    T& FindComponent(std::string_view name) const;

    template <typename T>
    T* FindComponentOptional() const;
};

}  // namespace components

USERVER_NAMESPACE_END
