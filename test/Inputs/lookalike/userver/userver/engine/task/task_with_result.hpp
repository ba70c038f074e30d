// Look-alike test header (not the real library): follows userver's core/include/userver/engine/task/task_with_result.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once

USERVER_NAMESPACE_BEGIN

namespace engine {

template <typename T>
class [[nodiscard]] TaskWithResult {
public:
    TaskWithResult() = default;
    T Get() noexcept(false);
};

}  // namespace engine

USERVER_NAMESPACE_END
