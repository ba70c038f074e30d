// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path,coupling-blocking-call-in-event-loop,coupling-missing-deadline --flags=-DBOOST_ASIO_HAS_CO_AWAIT=1
//
// Boost.Asio/Beast (real Debian headers): co_spawn starts a handler on the
// event loop; connect()/async_connect make a stream a client; http::write
// on a connected stream is a blocking call (and blocks the loop), co_await
// http::async_write an awaited one; expires_after is the deadline. Writing
// to the server's own socket, main(), a detached write and NOLINT do not fire,
// nor an accept loop (it holds the acceptor) that main spawns.
#include <utility> // Boost 1.74's awaitable.hpp needs std::exchange
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

asio::awaitable<void> Session(tcp::socket socket) {
  auto ex = co_await asio::this_coro::executor;
  beast::flat_buffer buffer;
  http::request<http::string_body> in;
  co_await http::async_read(socket, buffer, in, asio::use_awaitable);

  // A blocking write on a connected client stream, no expiry.
  beast::tcp_stream stock(ex);
  tcp::resolver resolver(ex);
  stock.connect(resolver.resolve("stock.internal", "80"));
  http::request<http::string_body> ask{http::verb::get, "/stock", 11};
  http::write(stock, ask);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:3: warning: {{.*}}HTTP call to stock.internal {{.*}}has no deadline{{.*}} [coupling-missing-deadline]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:3: warning: blocking HTTP call to stock.internal on the event loop of {{.*}} [coupling-blocking-call-in-event-loop]
  // CHECK-MESSAGES-DAG: :[[@LINE-3]]:3: warning: blocking HTTP call to stock.internal in the request path of {{.*}} [coupling-sync-call-in-request-path]

  // Awaited, with an expiry: awaited coupling, but a deadline.
  beast::tcp_stream pricing(ex);
  pricing.expires_after(std::chrono::milliseconds(300));
  co_await pricing.async_connect(resolver.resolve("pricing.internal", "80"),
                                 asio::use_awaitable);
  http::request<http::string_body> price{http::verb::get, "/price", 11};
  co_await http::async_write(pricing, price, asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: awaited HTTP call to pricing.internal in the request path of {{.*}} [coupling-awaited-call-in-request-path]

  // Started and never awaited: no coupling of this request.
  beast::tcp_stream audit(ex);
  audit.connect(resolver.resolve("audit.internal", "80"));
  http::request<http::string_body> note{http::verb::post, "/audit", 11};
  http::async_write(audit, note, asio::detached);

  beast::tcp_stream legacy(ex);
  legacy.connect(resolver.resolve("legacy.internal", "80"));
  http::write(legacy, ask); // NOLINT(coupling-*)

  // Answering the handler's own client is not a call to another service.
  http::response<http::string_body> out{http::status::ok, in.version()};
  co_await http::async_write(socket, out, asio::use_awaitable);
}

// An accept loop holds the acceptor: spawned from main, it serves no
// request itself (its blocking call does not fire); the session it spawns
// per connection is the entry point.
asio::awaitable<void> Listen(tcp::acceptor acceptor) {
  auto ex = co_await asio::this_coro::executor;
  beast::tcp_stream registry(ex);
  tcp::resolver resolver(ex);
  registry.connect(resolver.resolve("registry.internal", "80"));
  http::request<http::string_body> hello{http::verb::post, "/register", 11};
  http::write(registry, hello);
  for (;;) {
    tcp::socket s = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(acceptor.get_executor(), Session(std::move(s)),
                   asio::detached);
  }
}

int main() {
  asio::io_context io;
  tcp::socket socket(io);
  asio::co_spawn(io, Session(std::move(socket)), asio::detached);
  asio::co_spawn(io, Listen(tcp::acceptor(io, {tcp::v4(), 8080})),
                 asio::detached);
  // The same loop as a lambda capturing the acceptor.
  tcp::acceptor second(io, {tcp::v4(), 8081});
  asio::co_spawn(
      io,
      [acceptor = std::move(second)]() mutable -> asio::awaitable<void> {
        beast::tcp_stream registry(acceptor.get_executor());
        tcp::resolver resolver(acceptor.get_executor());
        registry.connect(resolver.resolve("registry.internal", "80"));
        http::request<http::string_body> hello{http::verb::post, "/register", 11};
        http::write(registry, hello);
        co_return;
      },
      asio::detached);
  // Startup: blocking before the loop runs is not a request path.
  beast::tcp_stream config(io);
  tcp::resolver resolver(io);
  config.connect(resolver.resolve("config.internal", "80"));
  http::request<http::string_body> req{http::verb::get, "/config", 11};
  http::write(config, req);
  io.run();
}
