// RUN: %check_both %s coupling-awaited-call-in-request-path --flags=-DBOOST_ASIO_HAS_CO_AWAIT=1
//
// A coroutine handler that co_awaits a request to another service frees its
// thread, but the request still waits: that is what fires. The server's own
// socket I/O, a detached write and main() do not.
#include <utility> // Boost 1.74's awaitable.hpp needs std::exchange
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

asio::awaitable<std::string> FetchPrice(std::string sku) {
  auto ex = co_await asio::this_coro::executor;
  tcp::resolver resolver(ex);
  beast::tcp_stream stream(ex);
  auto endpoints = co_await resolver.async_resolve("pricing.internal", "80",
                                                   asio::use_awaitable);
  co_await stream.async_connect(endpoints, asio::use_awaitable);
  http::request<http::string_body> req{http::verb::get, "/price/" + sku, 11};
  co_await http::async_write(stream, req, asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: awaited HTTP call to pricing.internal in the request path of HTTP Session{{.*}}: co_await frees the thread, but the request still waits for the response, so it depends on the callee being up and fast right now [coupling-awaited-call-in-request-path]
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  co_await http::async_read(stream, buffer, res, asio::use_awaitable);
  co_return res.body();
}

asio::awaitable<void> Audit(tcp::socket &peer) {
  // A write that nobody waits for is not a coupling of this request.
  auto ex = co_await asio::this_coro::executor;
  beast::tcp_stream stream(ex);
  tcp::resolver resolver(ex);
  auto endpoints = resolver.resolve("audit.internal", "80");
  stream.connect(endpoints);
  http::request<http::string_body> req{http::verb::post, "/audit", 11};
  http::async_write(stream, req, asio::detached);
  co_return;
}

asio::awaitable<void> Session(tcp::socket socket) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  // The handler's own client connection: reading and answering it is not a
  // call to another service.
  co_await http::async_read(socket, buffer, req, asio::use_awaitable);
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.body() = co_await FetchPrice(std::string(req.target()));
  co_await Audit(socket);
  co_await http::async_write(socket, res, asio::use_awaitable);
}

int main() {
  asio::io_context io;
  tcp::socket socket(io);
  asio::co_spawn(io, Session(std::move(socket)), asio::detached);
  // Startup: a blocking fetch before serving is not a request path.
  beast::tcp_stream stream(io);
  tcp::resolver resolver(io);
  stream.connect(resolver.resolve("config.internal", "80"));
  http::request<http::string_body> req{http::verb::get, "/config", 11};
  http::write(stream, req);
  io.run();
}
