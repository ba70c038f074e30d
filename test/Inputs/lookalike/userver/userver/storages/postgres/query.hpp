// Look-alike test header (not the real library): follows userver's postgresql/include/userver/storages/postgres/query.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/storages/query.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

using Query = USERVER_NAMESPACE::storages::Query;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
