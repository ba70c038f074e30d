// Look-alike test header: imitates the signatures of google-cloud-cpp Pub/Sub Subscriber, AckHandler and MakeSubscriberConnection (not the real library).
// Follows google/cloud/pubsub/subscriber.h (the 2.13.0 reference: Subscribe(ApplicationCallback, Options), Subscribe(ExactlyOnceApplicationCallback, Options), Pull(Options)).
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

// Upstream: google/cloud/pubsub/pull_ack_handler.h and pull_response.h.
class PullAckHandler {
public:
  PullAckHandler(PullAckHandler &&) = default;
  ~PullAckHandler();
  future<Status> ack() &&;
  future<Status> nack() &&;
};

struct PullResponse {
  pubsub::PullAckHandler handler;
  pubsub::Message message;
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
