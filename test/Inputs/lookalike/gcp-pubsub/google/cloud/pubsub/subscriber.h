// Look-alike test header: imitates the signatures of google-cloud-cpp Pub/Sub Subscriber, AckHandler and MakeSubscriberConnection (not the real library).
#pragma once
#include <google/cloud/pubsub/message.h>
#include <functional>
#include <memory>

namespace google {
namespace cloud {
namespace pubsub {
inline namespace v2_12 {

class AckHandler {
public:
  AckHandler(AckHandler &&) noexcept;
  void ack() &&;
  void nack() &&;
};
class ExactlyOnceAckHandler {
public:
  ExactlyOnceAckHandler(ExactlyOnceAckHandler &&) noexcept;
  future<Status> ack() &&;
  future<Status> nack() &&;
};

using ApplicationCallback = std::function<void(Message, AckHandler)>;
using ExactlyOnceApplicationCallback = std::function<void(Message, ExactlyOnceAckHandler)>;

class SubscriberConnection {
public:
  virtual ~SubscriberConnection();
};
std::shared_ptr<SubscriberConnection> MakeSubscriberConnection(Subscription subscription, Options opts = {});

struct PullResponse {
  AckHandler handler;
  Message message;
};

/// Callbacks run on the background (I/O) thread pool.
class Subscriber {
public:
  explicit Subscriber(std::shared_ptr<SubscriberConnection> connection, Options opts = {});
  future<Status> Subscribe(ApplicationCallback cb, Options opts = {});
  future<Status> Subscribe(ExactlyOnceApplicationCallback cb, Options opts = {});
  StatusOr<PullResponse> Pull(Options opts = {});
};

} // namespace v2_12
} // namespace pubsub
} // namespace cloud
} // namespace google
