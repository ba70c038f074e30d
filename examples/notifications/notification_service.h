#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

#include <grpcpp/grpcpp.h>

#include "notifications.grpc.pb.h"

namespace notifications {

class NotificationServiceImpl final
    : public shop::NotificationService::Service {
public:
  grpc::Status SendReceipt(grpc::ServerContext *context,
                           const shop::SendReceiptRequest *request,
                           shop::SendReceiptReply *reply) override;

  // Hands queued receipts to the local MTA, on a thread of its own.
  void MailerLoop(const std::atomic<bool> &stop);

private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<shop::SendReceiptRequest> pending_;
};

} // namespace notifications
