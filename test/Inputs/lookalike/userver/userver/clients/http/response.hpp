// Look-alike test header (not the real library): follows userver's core/include/userver/clients/http/response.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string>
#include <string_view>
#include <utility>

#include <userver/http/status_code.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::http {

using Status = USERVER_NAMESPACE::http::StatusCode;

class Response final {
public:
    Response() = default;

    std::string& sink_string() { return response_; }
    std::string body() const& { return response_; }
    std::string&& body() && { return std::move(response_); }
    std::string_view body_view() const { return response_; }
    Status status_code() const;
    bool IsOk() const { return status_code() == Status::OK; }
    bool IsError() const { return static_cast<uint16_t>(status_code()) >= 400; }
    void raise_for_status() const;

private:
    std::string response_;
    Status status_code_{Status::Invalid};
};

}  // namespace clients::http

USERVER_NAMESPACE_END
