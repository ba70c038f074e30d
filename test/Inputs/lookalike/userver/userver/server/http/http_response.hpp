// Look-alike test header (not the real library): follows userver's core/include/userver/server/http/http_response.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/http/status_code.hpp>
#include <userver/server/request/request_base.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::http {

using HttpStatus = USERVER_NAMESPACE::http::StatusCode;

class HttpResponse final : public request::ResponseBase {
public:
    bool SetStatus(HttpStatus status);
};

}  // namespace server::http

USERVER_NAMESPACE_END
