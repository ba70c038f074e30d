// Look-alike test header: imitates the signatures of userver's clients::http::Client, Request, Response and ResponseFuture (not the real library).
#pragma once
#include <chrono>
#include <memory>
#include <string>

namespace userver {
namespace clients {
namespace http {

class Response {
public:
  std::string &body();
  const std::string &body_view() const;
  int status_code() const;
  bool IsOk() const;
  void raise_for_status() const;
};

class ResponseFuture {
public:
  ResponseFuture(ResponseFuture &&) noexcept;
  ~ResponseFuture();
  void Cancel();
  void Detach();
  void Wait();
  std::shared_ptr<Response> Get();
};

namespace utils {
namespace impl {
class SourceLocation {
public:
  static SourceLocation Current() noexcept;
};
} // namespace impl
} // namespace utils

/// A request under construction: each setter returns the request, by
/// reference on an lvalue and moved on an rvalue.
class Request final {
public:
  Request &get() &;
  Request get() &&;
  Request &get(const std::string &url) &;
  Request get(const std::string &url) &&;
  Request &post() &;
  Request post() &&;
  Request &post(const std::string &url, std::string data = {}) &;
  Request post(const std::string &url, std::string data = {}) &&;
  Request &put(const std::string &url, std::string data = {}) &;
  Request put(const std::string &url, std::string data = {}) &&;
  Request &patch(const std::string &url, std::string data = {}) &;
  Request patch(const std::string &url, std::string data = {}) &&;
  Request &delete_method(const std::string &url) &;
  Request delete_method(const std::string &url) &&;
  Request &delete_method(const std::string &url, std::string data) &;
  Request delete_method(const std::string &url, std::string data) &&;
  Request &url(const std::string &url) &;
  Request url(const std::string &url) &&;
  Request &data(std::string data) &;
  Request data(std::string data) &&;
  Request &timeout(long timeout_ms) &;
  Request timeout(long timeout_ms) &&;
  Request &timeout(std::chrono::milliseconds timeout_ms) & { return timeout(timeout_ms.count()); }
  Request timeout(std::chrono::milliseconds timeout_ms) && {
    return std::move(this->timeout(timeout_ms.count()));
  }
  Request &retry(short retries = 3, bool on_fails = true) &;
  Request retry(short retries = 3, bool on_fails = true) &&;

  /// Starts the request; Get() or Wait() on the future waits for it.
  [[nodiscard]] ResponseFuture async_perform(
      utils::impl::SourceLocation location = utils::impl::SourceLocation::Current());
  /// Calls async_perform and waits for the response (suspends the task).
  [[nodiscard]] std::shared_ptr<Response> perform(
      utils::impl::SourceLocation location = utils::impl::SourceLocation::Current());
};

class Client {
public:
  Request CreateRequest();
  Request CreateNotSignedRequest();
};

} // namespace http
} // namespace clients

namespace components {
class HttpClient {
public:
  clients::http::Client &GetHttpClient();
};
} // namespace components
} // namespace userver
