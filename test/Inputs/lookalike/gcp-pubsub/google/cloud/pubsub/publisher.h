// Look-alike test header: imitates the signatures of google-cloud-cpp Pub/Sub Publisher, BlockingPublisher and MakePublisherConnection (not the real library).
// Follows google/cloud/pubsub/publisher.h and blocking_publisher.h: Publish(Message) returns future<StatusOr<std::string>>, as in 2.13.0 and at 2f0428e5.
#pragma once
#include <google/cloud/pubsub/message.h>
#include <memory>

namespace google {
namespace cloud {
namespace pubsub {
inline namespace v2_12 {

class PublisherConnection {
public:
  virtual ~PublisherConnection();
};
std::shared_ptr<PublisherConnection> MakePublisherConnection(Topic topic, Options opts = {});

/// Publishes in batches from background threads; the future is satisfied
/// when the service has stored the message.
class Publisher {
public:
  explicit Publisher(std::shared_ptr<PublisherConnection> connection, Options opts = {});
  future<StatusOr<std::string>> Publish(Message m);
  void Flush();
  void ResumePublish(std::string ordering_key);
};

class BlockingPublisherConnection {
public:
  virtual ~BlockingPublisherConnection();
};
std::shared_ptr<BlockingPublisherConnection> MakeBlockingPublisherConnection(Options opts = {});

/// Publishes one message and waits for the service to store it.
class BlockingPublisher {
public:
  explicit BlockingPublisher(std::shared_ptr<BlockingPublisherConnection> connection, Options opts = {});
  StatusOr<std::string> Publish(Topic const &topic, Message message, Options opts = {});
};

} // namespace v2_12
} // namespace pubsub
} // namespace cloud
} // namespace google
