#include "notifications/receipt_preview.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace notifications {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

asio::awaitable<std::string> RenderReceipt(std::string order_id) {
  auto executor = co_await asio::this_coro::executor;
  tcp::resolver resolver(executor);
  beast::tcp_stream stream(executor);
  auto endpoints = co_await resolver.async_resolve("templates.internal", "80",
                                                   asio::use_awaitable);
  co_await stream.async_connect(endpoints, asio::use_awaitable);

  http::request<http::string_body> req{http::verb::post, "/render/receipt", 11};
  req.set(http::field::host, "templates.internal");
  req.set(http::field::content_type, "application/json");
  req.body() = "{\"order_id\":\"" + order_id + "\"}";
  req.prepare_payload();
  co_await http::async_write(stream, req, asio::use_awaitable);

  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  co_await http::async_read(stream, buffer, res, asio::use_awaitable);
  co_return res.body();
}

asio::awaitable<void> PublishAudit(RdKafka::Producer &audit,
                                   std::string order_id) {
  audit.produce("receipt-previewed", RdKafka::Topic::PARTITION_UA,
                RdKafka::Producer::RK_MSG_COPY, order_id.data(),
                order_id.size(), nullptr, 0, 0, nullptr);
  co_return;
}

asio::awaitable<void> HandleSession(tcp::socket socket,
                                    RdKafka::Producer &audit) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  co_await http::async_read(socket, buffer, req, asio::use_awaitable);

  http::response<http::string_body> res{http::status::ok, req.version()};
  const std::string target(req.target());
  const std::string prefix = "/receipts/";
  if (target.rfind(prefix, 0) == 0) {
    const std::string order_id = target.substr(prefix.size());
    res.set(http::field::content_type, "text/html");
    res.body() = co_await RenderReceipt(order_id);
    asio::co_spawn(socket.get_executor(), PublishAudit(audit, order_id),
                   asio::detached);
  } else {
    res.result(http::status::not_found);
  }
  res.prepare_payload();
  co_await http::async_write(socket, res, asio::use_awaitable);
}

} // namespace

asio::awaitable<void> Listen(tcp::acceptor acceptor, RdKafka::Producer &audit) {
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(acceptor.get_executor(),
                   HandleSession(std::move(socket), audit), asio::detached);
  }
}

} // namespace notifications
