// Look-alike test header: imitates the signatures of google-cloud-cpp google::cloud::future, Status and StatusOr (not the real library).
#pragma once
#include <chrono>
#include <string>
#include <utility>

namespace google {
namespace cloud {
inline namespace v2_12 {

class Status {
public:
  Status();
  bool ok() const;
  const std::string &message() const;
};

template <typename T> class StatusOr {
public:
  StatusOr();
  bool ok() const;
  explicit operator bool() const;
  const Status &status() const;
  T &value() &;
  T &operator*() &;
  T *operator->();
};

template <typename T> class future {
public:
  future();
  future(future &&) noexcept;
  T get();
  void wait() const;
  template <typename Rep, typename Period>
  int wait_for(std::chrono::duration<Rep, Period> const &rel_time) const;
  template <typename F> auto then(F &&functor) -> future<decltype(functor(std::move(*this)))>;
  void cancel();
};

class Options {
public:
  template <typename T, typename V> Options &set(V v) { return *this; }
};

} // namespace v2_12
} // namespace cloud
} // namespace google
