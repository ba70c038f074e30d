// Look-alike test header: imitates the declarations of Boost.Asio's
// experimental channels that the asio pack matches (not the real library;
// Debian's Boost 1.74 predates them, they arrived in 1.80). It follows
// boostorg/asio include/boost/asio/experimental/basic_channel.hpp,
// basic_concurrent_channel.hpp, channel.hpp, concurrent_channel.hpp and
// detail/channel_send_functions.hpp at commit
// 350a23c61cc15311c8cb9d56f456d95138996136: the send functions are members
// of detail::channel_send_functions, a base of basic_channel and
// basic_concurrent_channel; channel and concurrent_channel are alias
// templates over them.
#pragma once
#include <boost/asio/any_io_executor.hpp>
#include <boost/system/error_code.hpp>
#include <cstddef>

namespace boost {
namespace asio {
namespace experimental {

template <typename Mutex = void> struct channel_traits {};

namespace detail {
template <typename Derived, typename Executor, typename... Signatures>
class channel_send_functions {
public:
  template <typename... Args> bool try_send(Args &&...args);
  template <typename... Args> bool try_send_via_dispatch(Args &&...args);
  template <typename... Args>
  std::size_t try_send_n(std::size_t count, Args &&...args);
  template <typename... Args, typename CompletionToken>
  auto async_send(Args &&...args, CompletionToken &&token);
};
} // namespace detail

template <typename Executor, typename Traits, typename... Signatures>
class basic_channel
    : public detail::channel_send_functions<
          basic_channel<Executor, Traits, Signatures...>, Executor,
          Signatures...> {
public:
  typedef Executor executor_type;
  basic_channel(const executor_type &ex, std::size_t max_buffer_size = 0);
  template <typename Handler> bool try_receive(Handler &&handler);
  template <typename CompletionToken>
  auto async_receive(CompletionToken &&token);
  void close();
};

template <typename Executor, typename Traits, typename... Signatures>
class basic_concurrent_channel
    : public detail::channel_send_functions<
          basic_concurrent_channel<Executor, Traits, Signatures...>, Executor,
          Signatures...> {
public:
  typedef Executor executor_type;
  basic_concurrent_channel(const executor_type &ex,
                           std::size_t max_buffer_size = 0);
  template <typename Handler> bool try_receive(Handler &&handler);
  void close();
};

// Upstream picks the executor from the first argument when it is one; the
// look-alike takes the signature form only: channel<void(error_code, T)>.
template <typename... Signatures>
using channel =
    basic_channel<any_io_executor, channel_traits<>, Signatures...>;
template <typename... Signatures>
using concurrent_channel =
    basic_concurrent_channel<any_io_executor, channel_traits<>, Signatures...>;

} // namespace experimental
} // namespace asio
} // namespace boost
