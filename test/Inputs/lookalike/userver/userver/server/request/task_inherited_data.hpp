// Look-alike test header (not the real library): follows userver's core/include/userver/server/request/task_inherited_data.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/engine/deadline.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::request {

/// Returns TaskInheritedData::deadline, or an unreachable engine::Deadline
/// if none was set.
engine::Deadline GetTaskInheritedDeadline() noexcept;

/// Marks that the current TaskInheritedData::deadline has expired.
void MarkTaskInheritedDeadlineExpired() noexcept;

}  // namespace server::request

USERVER_NAMESPACE_END
