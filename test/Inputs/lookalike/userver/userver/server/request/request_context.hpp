// Look-alike test header (not the real library): follows userver's core/include/userver/server/request/request_context.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once

USERVER_NAMESPACE_BEGIN

namespace server::request {

class RequestContext final {
public:
    RequestContext();
    ~RequestContext();
};

}  // namespace server::request

USERVER_NAMESPACE_END
