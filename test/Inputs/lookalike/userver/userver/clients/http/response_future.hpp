// Look-alike test header (not the real library): follows userver's core/include/userver/clients/http/response_future.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <future>
#include <memory>

#include <userver/clients/http/response.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::http {

class RequestState;

class ResponseFuture final {
public:
    ResponseFuture(ResponseFuture&& other) noexcept;
    ResponseFuture& operator=(ResponseFuture&&) noexcept;
    ResponseFuture(const ResponseFuture&) = delete;
    ResponseFuture& operator=(const ResponseFuture&) = delete;
    ~ResponseFuture();

    /// Cancel the request in flight.
    void Cancel();

    /// Keep the request running in the background.
    void Detach();

    /// Wait for the response or the request deadline.
    std::future_status Wait();

    /// Wait for the response, and return it or throw.
    std::shared_ptr<Response> Get();

private:
    std::shared_ptr<RequestState> request_state_;
};

}  // namespace clients::http

USERVER_NAMESPACE_END
