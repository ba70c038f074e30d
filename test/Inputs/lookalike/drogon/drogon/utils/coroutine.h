// Look-alike test header (not the real library): follows Drogon's lib/inc/drogon/utils/coroutine.h
// at commit 74fc004c8dc8. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>

namespace drogon {

template <typename T = void> struct [[nodiscard]] Task {
  struct promise_type {
    std::optional<T> value;
    Task get_return_object() {
      return Task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T v) { value = std::move(v); }
    void unhandled_exception() {}
  };
  explicit Task(std::coroutine_handle<promise_type> h) : coro_(h) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return std::move(*coro_.promise().value); }
  std::coroutine_handle<promise_type> coro_;
};

template <> struct [[nodiscard]] Task<void> {
  struct promise_type {
    Task get_return_object() {
      return Task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  explicit Task(std::coroutine_handle<promise_type> h) : coro_(h) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
  std::coroutine_handle<promise_type> coro_;
};

/// Fire-and-forget coroutine: starts at once, nobody waits for it.
struct AsyncTask {
  struct promise_type {
    AsyncTask get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_never final_suspend() const noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() {}
  };
};

/// Awaitable that is resumed by a callback (the base of Drogon's awaiters).
template <typename T> struct CallbackAwaiter {
  bool await_ready() noexcept { return false; }
  T await_resume() noexcept(false) { return std::move(*result_); }
  void setValue(const T &v) { result_.emplace(v); }
  void setException(const std::exception_ptr &e) { exception_ = e; }

private:
  std::optional<T> result_;
  std::exception_ptr exception_{nullptr};
};

template <typename T> T sync_wait(Task<T> &&task);
void sync_wait(Task<void> &&task);

} // namespace drogon
