// Look-alike test header (not the real library): follows userver's core/include/userver/clients/http/client.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/clients/http/request.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::http {

/// HTTP client that returns a HTTP request builder from CreateRequest().
class Client final {
public:
    ~Client();

    Request CreateRequest();
    Request CreateNotSignedRequest() { return CreateRequest(); }
};

}  // namespace clients::http

USERVER_NAMESPACE_END
