#include "notifications/notification_service.h"

#include <chrono>
#include <cstdio>

namespace notifications {

grpc::Status
NotificationServiceImpl::SendReceipt(grpc::ServerContext *,
                                     const shop::SendReceiptRequest *request,
                                     shop::SendReceiptReply *reply) {
  if (request->email().empty()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no recipient");
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    pending_.push_back(*request);
  }
  ready_.notify_one();
  reply->set_queued(true);
  return grpc::Status::OK;
}

void NotificationServiceImpl::MailerLoop(const std::atomic<bool> &stop) {
  while (!stop) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!ready_.wait_for(lock, std::chrono::seconds(1),
                         [this] { return !pending_.empty(); })) {
      continue;
    }
    shop::SendReceiptRequest receipt = std::move(pending_.front());
    pending_.pop_front();
    lock.unlock();

    if (FILE *mta = popen("/usr/sbin/sendmail -t", "w")) {
      std::fprintf(
          mta, "To: %s\nSubject: Your order %s\n\nThank you for your order.\n",
          receipt.email().c_str(), receipt.order_id().c_str());
      pclose(mta);
    }
  }
}

} // namespace notifications
