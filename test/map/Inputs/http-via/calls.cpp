#include <utility> // Boost 1.74's awaitable.hpp needs std::exchange
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <curl/curl.h>
#include <httplib.h>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

void Routes(httplib::Server &svr) {
  svr.Get("/score", [](const httplib::Request &, httplib::Response &) {
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, "https://risk.internal/v1/score?x=1");
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, "{}");
    curl_easy_perform(h); // POST /v1/score
  });
  svr.Get("/purge", [](const httplib::Request &, httplib::Response &) {
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE"); // wins over POST
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, "{}");
    curl_easy_setopt(h, CURLOPT_URL, "https://cache.internal/entries");
    curl_easy_perform(h); // DELETE /entries
  });
  svr.Get("/plain", [](const httplib::Request &, httplib::Response &) {
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, "https://plain.internal/status");
    curl_easy_perform(h); // no method seen: the URL's host and path
  });
}

asio::awaitable<void> Session(tcp::socket socket) {
  auto ex = socket.get_executor();
  tcp::resolver resolver(ex);
  beast::tcp_stream render(ex);
  co_await render.async_connect(resolver.resolve("render.internal", "80"),
                                asio::use_awaitable);
  http::request<http::string_body> req{http::verb::post, "/render/receipt", 11};
  co_await http::async_write(render, req, asio::use_awaitable);

  beast::tcp_stream stock(ex);
  stock.connect(resolver.resolve("stock.internal", "80"));
  http::request<http::string_body> ask;
  ask.method(http::verb::put);
  ask.target("/stock/42");
  http::write(stock, ask);

  // The answer to the session's own client is no call at all.
  http::response<http::string_body> res{http::status::ok, 11};
  co_await http::async_write(socket, res, asio::use_awaitable);
}

int main() {
  asio::io_context io;
  asio::co_spawn(io, Session(tcp::socket(io)), asio::detached);
  io.run();
}
