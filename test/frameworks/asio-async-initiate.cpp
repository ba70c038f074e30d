// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-awaited-call-in-request-path,coupling-fire-and-forget-call --flags=-DBOOST_ASIO_HAS_CO_AWAIT=1
//
// A callback API made an asio operation with boost::asio::async_initiate
// (real Debian headers): the initiation, a generic lambda (`auto handler`),
// starts a gRPC callback call. Asio instantiates it in
// async_result<...>::initiate, a Boost body that `decouple index` keeps
// although it skips the rest of Boost's (index/FrameworkVocabulary.def,
// KEPT_BODY), so both modes see the same: the co_awaited operation's call is
// awaited, the detached one (given asio::detached, nothing waits) is no
// coupling. test/frameworks/std-future-bridge.cpp has the promise bridge.
#include <utility> // Boost 1.74's awaitable.hpp needs std::exchange
#include "testsvc.grpc.pb.h"
#include <boost/asio/async_result.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <grpcpp/grpcpp.h>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

std::unique_ptr<testsvc::Payments::Stub> payments;
std::unique_ptr<testsvc::Inventory::Stub> inventory;

template <typename Token>
auto AsyncCharge(grpc::ClientContext *ctx, const testsvc::Req *req,
                 testsvc::Resp *resp, Token &&token) {
  return asio::async_initiate<Token, void(grpc::Status)>(
      [ctx, req, resp](auto handler) {
        auto done = std::make_shared<decltype(handler)>(std::move(handler));
        payments->async()->Charge(ctx, req, resp,
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: awaited gRPC call Payments.Charge in the request path of HTTP Session {{.*}} [coupling-awaited-call-in-request-path]
                                  [done](grpc::Status s) { (*done)(s); });
      },
      token);
}

template <typename Token>
auto AsyncReserve(grpc::ClientContext *ctx, const testsvc::Req *req,
                  testsvc::Resp *resp, Token &&token) {
  return asio::async_initiate<Token, void(grpc::Status)>(
      [ctx, req, resp](auto handler) {
        auto done = std::make_shared<decltype(handler)>(std::move(handler));
        inventory->async()->Reserve(ctx, req, resp,
                                    [done](grpc::Status s) { (*done)(s); });
      },
      token);
}

asio::awaitable<void> Session(tcp::socket socket) {
  grpc::ClientContext charge_ctx, reserve_ctx;
  testsvc::Req req;
  testsvc::Resp charged, reserved;
  grpc::Status s =
      co_await AsyncCharge(&charge_ctx, &req, &charged, asio::use_awaitable);
  // Nobody waits for the reservation.
  AsyncReserve(&reserve_ctx, &req, &reserved, asio::detached);
}

int main() {
  asio::io_context io;
  tcp::socket socket(io);
  asio::co_spawn(io, Session(std::move(socket)), asio::detached);
  io.run();
}
