// Look-alike test header (not the real library): follows Apache brpc's src/brpc/coroutine.h
// (the promise: src/brpc/coroutine_inl.h) at commit 71871ee9fb46. The declarations a rule
// matches are upstream's; the rest is cut down.
#pragma once
#include <brpc/callback.h>
#include <coroutine>

namespace brpc {
namespace experimental {

namespace detail {
class AwaitablePromiseBase {
public:
  virtual ~AwaitablePromiseBase();
  std::suspend_always initial_suspend() { return {}; }
  void unhandled_exception();
  std::suspend_never final_suspend() noexcept { return {}; }
};
template <typename T> class AwaitablePromise;
} // namespace detail

class AwaitableDone;
class Coroutine;

// Awaitable<T> is used as coroutine return type.
template <typename T> class Awaitable {
public:
  using promise_type = detail::AwaitablePromise<T>;

  ~Awaitable() {}

  bool await_ready();
  template <typename U>
  void await_suspend(std::coroutine_handle<detail::AwaitablePromise<U>> awaiting);
  T await_resume();

private:
  friend class detail::AwaitablePromise<T>;
  friend class AwaitableDone;
  friend class Coroutine;

  Awaitable() = delete;
  Awaitable(promise_type *p) : _promise(p) {}

  promise_type *_promise;
};

namespace detail {
template <typename T> class AwaitablePromise : public AwaitablePromiseBase {
public:
  Awaitable<T> get_return_object();
  void return_value(T value);
};
template <> class AwaitablePromise<void> : public AwaitablePromiseBase {
public:
  Awaitable<void> get_return_object();
  void return_void();
};
} // namespace detail

// Utility for a coroutine to wait for RPC call. Usage:
//    AwaitableDone done;
//    stub.CallMethod(&cntl, &req, &resp, &done);
//    co_await done.awaitable();
class AwaitableDone : public google::protobuf::Closure {
public:
  AwaitableDone();

  void Run() override;

  Awaitable<void> &awaitable() { return _awaitable; }

private:
  Awaitable<void> _awaitable;
};

// Class for management of coroutine.
class Coroutine {
public:
  template <typename T> Coroutine(Awaitable<T> &&aw, bool detach = false);

  ~Coroutine();

  template <typename T = void> T join();

  template <typename T = void> Awaitable<T> awaitable();

  static Awaitable<int> usleep(int sleep_us);
};

} // namespace experimental
} // namespace brpc
