// Look-alike test header (not the real library): follows userver's core/include/userver/clients/http/request.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <utility>

#include <userver/clients/http/response.hpp>
#include <userver/clients/http/response_future.hpp>
#include <userver/utils/impl/source_location.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::http {

class RequestState;

enum class HttpMethod { kGet, kPost, kHead, kPut, kDelete, kPatch, kOptions };

/// A request builder: each setter returns the request, by reference on an
/// lvalue and moved on an rvalue (`CreateRequest().get(url).perform()`).
class Request final {
public:
    Request& method(HttpMethod method) &;
    Request method(HttpMethod method) &&;
    Request& get() &;
    Request get() &&;
    Request& get(const std::string& url) &;
    Request get(const std::string& url) &&;
    Request& head() &;
    Request head() &&;
    Request& head(const std::string& url) &;
    Request head(const std::string& url) &&;
    Request& post() &;
    Request post() &&;
    Request& post(const std::string& url, std::string data = {}) &;
    Request post(const std::string& url, std::string data = {}) &&;
    Request& put() &;
    Request put() &&;
    Request& put(const std::string& url, std::string data = {}) &;
    Request put(const std::string& url, std::string data = {}) &&;
    Request& patch() &;
    Request patch() &&;
    Request& patch(const std::string& url, std::string data = {}) &;
    Request patch(const std::string& url, std::string data = {}) &&;
    Request& delete_method() &;
    Request delete_method() &&;
    Request& delete_method(const std::string& url) &;
    Request delete_method(const std::string& url) &&;
    Request& delete_method(const std::string& url, std::string data) &;
    Request delete_method(const std::string& url, std::string data) &&;
    Request& url(const std::string& url) &;
    Request url(const std::string& url) &&;
    Request& data(std::string data) &;
    Request data(std::string data) &&;
    Request& timeout(long timeout_ms) &;
    Request timeout(long timeout_ms) &&;
    Request& timeout(std::chrono::milliseconds timeout_ms) & { return timeout(timeout_ms.count()); }
    Request timeout(std::chrono::milliseconds timeout_ms) && { return std::move(this->timeout(timeout_ms.count())); }
    Request& retry(short retries = 3, bool on_fails = true) &;
    Request retry(short retries = 3, bool on_fails = true) &&;

    /// Perform request asynchronously.
    [[nodiscard]] ResponseFuture async_perform(
        utils::impl::SourceLocation location = utils::impl::SourceLocation::Current()
    );

    /// Calls async_perform and wait for timeout_ms on a future.
    [[nodiscard]] std::shared_ptr<Response> perform(
        utils::impl::SourceLocation location = utils::impl::SourceLocation::Current()
    );

    const std::string& GetUrl() const&;
    const std::string& GetUrl() && = delete;

private:
    std::shared_ptr<RequestState> pimpl_;
};

}  // namespace clients::http

USERVER_NAMESPACE_END
