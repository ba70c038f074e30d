// An in-house RPC and messaging library, as a team might have one.
#pragma once
#include <functional>
#include <string>

namespace acme {
struct Msg {
  std::string body;
};
namespace rpc {
struct Options {
  void set_timeout_ms(long ms);
};
struct Channel {
  // Blocks until the reply arrives.
  bool Call(Options *opts, const std::string &service, const Msg &request,
            Msg *reply);
};
} // namespace rpc
namespace bus {
struct Publisher {
  void Send(const std::string &topic, const Msg &message);
};
} // namespace bus
namespace http {
struct Request {};
struct Response {
  int status = 200;
};
struct Router {
  void Route(const std::string &path,
             std::function<void(const Request &, Response &)> handler);
};
} // namespace http
} // namespace acme
