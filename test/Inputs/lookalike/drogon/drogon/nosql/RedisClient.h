// Look-alike test header (not the real library): follows Drogon's nosql_lib/redis/inc/drogon/nosql/RedisClient.h
// at commit 74fc004c8dc8 (RedisResult.h, RedisException.h for those). The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <drogon/utils/coroutine.h>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

namespace drogon {
namespace nosql {

class RedisResult {
public:
  std::string asString() const noexcept(false);
  long long asInteger() const noexcept(false);
};
class RedisException : public std::exception {};

using RedisResultCallback = std::function<void(const RedisResult &)>;
using RedisExceptionCallback = std::function<void(const RedisException &)>;

namespace internal {
struct [[nodiscard]] RedisAwaiter : public CallbackAwaiter<RedisResult> {
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

class RedisClient {
public:
  virtual void execCommandAsync(RedisResultCallback &&resultCallback,
                                RedisExceptionCallback &&exceptionCallback,
                                std::string_view command, ...) noexcept = 0;

  template <typename T, typename... Args>
  T execCommandSync(std::function<T(const RedisResult &)> &&processFunc,
                    std::string_view command, Args &&...args) {
    return processFunc(RedisResult());
  }
  /// The same, the return type deduced from the callable.
  template <typename F, typename... Args>
  std::invoke_result_t<F, const RedisResult &>
  execCommandSync(F &&processFunc, std::string_view command, Args &&...args);

  template <typename... Arguments>
  internal::RedisAwaiter execCommandCoro(std::string_view command,
                                    Arguments... args) {
    return {};
  }

  virtual void setTimeout(double timeout) = 0;
  virtual ~RedisClient() = default;
};
using RedisClientPtr = std::shared_ptr<RedisClient>;

} // namespace nosql
} // namespace drogon
