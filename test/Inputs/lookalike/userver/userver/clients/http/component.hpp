// Look-alike test header (not the real library): follows userver's core/include/userver/clients/http/component.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string_view>

#include <userver/clients/http/client.hpp>
#include <userver/components/component_base.hpp>

USERVER_NAMESPACE_BEGIN

namespace components {

class HttpClient final : public ComponentBase {
public:
    static constexpr std::string_view kName = "http-client";

    HttpClient(const ComponentConfig&, const ComponentContext&);
    ~HttpClient() override;

    clients::http::Client& GetHttpClient();
};

}  // namespace components

USERVER_NAMESPACE_END
