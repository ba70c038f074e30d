// Look-alike test header (not the real library): follows Drogon's lib/inc/drogon/HttpAppFramework.h
// at commit 74fc004c8dc8. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <drogon/HttpTypes.h>
#include <trantor/NonCopyable.h>
#include <cstdint>

namespace drogon {

class HttpAppFramework : public trantor::NonCopyable {
public:
  virtual ~HttpAppFramework();
  static HttpAppFramework &instance();
  virtual void run() = 0;
  virtual void quit() = 0;
  virtual trantor::EventLoop *getLoop() const = 0;
  virtual HttpAppFramework &addListener(const std::string &ip, uint16_t port,
                                        bool useSSL = false,
                                        const std::string &certFile = "",
                                        const std::string &keyFile = "",
                                        bool useOldTLS = false) = 0;
  virtual HttpAppFramework &setThreadNum(size_t threadNum) = 0;

  /// Registers a handler (a lambda, function or member function) for a path.
  template <typename FUNCTION>
  HttpAppFramework &registerHandler(
      const std::string &pathPattern, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &constraints = {},
      const std::string &handlerName = "") {
    return *this;
  }

  template <typename FUNCTION>
  HttpAppFramework &registerHandlerViaRegex(
      const std::string &regExp, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &constraints = {},
      const std::string &handlerName = "") {
    return *this;
  }
};

inline HttpAppFramework &app() { return HttpAppFramework::instance(); }

} // namespace drogon
