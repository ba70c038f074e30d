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

/// A request under construction: each setter returns the request.
class Request {
public:
  Request &url(const std::string &url);
  Request &data(std::string data);
  Request &get();
  Request &get(const std::string &url);
  Request &post();
  Request &post(const std::string &url, std::string data = {});
  Request &put(const std::string &url, std::string data = {});
  Request &patch(const std::string &url, std::string data = {});
  Request &delete_method(const std::string &url);
  Request &timeout(long timeout_ms);
  Request &timeout(std::chrono::milliseconds timeout_ms);
  Request &retry(short retries = 1, bool on_fails = true);
  Request &headers(const std::string &name, const std::string &value);

  /// Performs the request and waits for the response (suspends the task).
  std::shared_ptr<Response> perform();
  /// Starts the request; Get() or Wait() on the future waits for it.
  ResponseFuture async_perform();
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
