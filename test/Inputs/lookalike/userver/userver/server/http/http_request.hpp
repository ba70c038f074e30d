// Look-alike test header (not the real library): follows userver's core/include/userver/server/http/http_request.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string>
#include <string_view>

#include <userver/server/http/http_response.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::http {

class HttpRequestImpl;

class HttpRequest final {
public:
    explicit HttpRequest(HttpRequestImpl& impl);
    ~HttpRequest() = default;

    HttpResponse& GetHttpResponse() const;
    const std::string& GetUrl() const;
    const std::string& GetRequestPath() const;
    const std::string& GetArg(std::string_view arg_name) const;
    const std::string& GetPathArg(std::string_view arg_name) const;
    const std::string& GetHeader(std::string_view header_name) const;
    const std::string& RequestBody() const;
};

}  // namespace server::http

USERVER_NAMESPACE_END
