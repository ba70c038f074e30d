// Look-alike test header (not the real library): follows Drogon's lib/inc/drogon/HttpClient.h
// at commit 74fc004c8dc8. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <drogon/HttpTypes.h>
#include <drogon/utils/coroutine.h>
#include <trantor/NonCopyable.h>
#include <cstdint>
#include <future>
#include <utility>

namespace drogon {
class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;
namespace internal {
struct HttpRespAwaiter : public CallbackAwaiter<HttpResponsePtr> {
  HttpRespAwaiter(HttpClient *client, HttpRequestPtr req, double timeout)
      : client_(client), req_(std::move(req)), timeout_(timeout) {}
  void await_suspend(std::coroutine_handle<> handle);

private:
  HttpClient *client_;
  HttpRequestPtr req_;
  double timeout_;
};
} // namespace internal

/// Asynchronous http client; runs on the framework's event loop by default.
class HttpClient : public trantor::NonCopyable {
public:
  /// Sends asynchronously; timeout in seconds, 0 (the default) disables it.
  virtual void sendRequest(const HttpRequestPtr &req,
                           const HttpReqCallback &callback,
                           double timeout = 0) = 0;
  virtual void sendRequest(const HttpRequestPtr &req,
                           HttpReqCallback &&callback,
                           double timeout = 0) = 0;

  /// Sends synchronously and returns the response. Never call this on the
  /// event loop thread of the client.
  std::pair<ReqResult, HttpResponsePtr> sendRequest(const HttpRequestPtr &req,
                                                    double timeout = 0);

  /// Sends via coroutines: co_await the awaiter for the response.
  internal::HttpRespAwaiter sendRequestCoro(HttpRequestPtr req,
                                            double timeout = 0) {
    return internal::HttpRespAwaiter(this, std::move(req), timeout);
  }

  virtual void setPipeliningDepth(size_t depth) = 0;
  virtual void enableCookies(bool flag = true) = 0;
  virtual trantor::EventLoop *getLoop() = 0;

  static HttpClientPtr newHttpClient(const std::string &ip, uint16_t port,
                                     bool useSSL = false,
                                     trantor::EventLoop *loop = nullptr,
                                     bool useOldTLS = false,
                                     bool validateCert = true);
  static HttpClientPtr newHttpClient(const std::string &hostString,
                                     trantor::EventLoop *loop = nullptr,
                                     bool useOldTLS = false,
                                     bool validateCert = true);

  virtual ~HttpClient() {}

protected:
  HttpClient() = default;
};
} // namespace drogon
