// Look-alike test header: imitates the signatures of Drogon's HttpClient (not the real library).
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

  /// Sends via coroutines: co_await the task for the response.
  Task<HttpResponsePtr> sendRequestCoro(HttpRequestPtr req,
                                        double timeout = 0);

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
