#include <atomic>
#include <thread>
#include <utility> // Boost 1.74 awaitable.hpp uses std::exchange without it.

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include "common/env.h"
#include "notifications/notification_service.h"
#include "notifications/receipt_preview.h"

int main() {
  std::unique_ptr<RdKafka::Producer> audit = shop::MakeProducer();
  notifications::NotificationServiceImpl service;
  std::atomic<bool> stop{false};
  std::thread mailer([&] { service.MailerLoop(stop); });

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();

  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor acceptor(io,
                                          {boost::asio::ip::tcp::v4(), 8081});
  boost::asio::co_spawn(io, notifications::Listen(std::move(acceptor), *audit),
                        boost::asio::detached);
  io.run();

  stop = true;
  mailer.join();
  server->Shutdown();
}
