// Look-alike test header: imitates the signatures of google-cloud-cpp Pub/Sub Message, MessageBuilder, Topic and Subscription (not the real library).
// Follows google/cloud/pubsub/message.h, topic.h and subscription.h.
#pragma once
#include <google/cloud/future.h>
#include <string>

namespace google {
namespace cloud {
namespace pubsub {
inline namespace v2_12 {

class Message {
public:
  std::string const &data() const &;
  std::string const &message_id() const;
  std::string const &ordering_key() const;
};

class MessageBuilder {
public:
  MessageBuilder();
  MessageBuilder &SetData(std::string data) &;
  MessageBuilder &&SetData(std::string data) &&;
  MessageBuilder &&SetOrderingKey(std::string key) &&;
  MessageBuilder &&SetAttribute(std::string key, std::string value) &&;
  Message Build() &&;
};

class Topic {
public:
  Topic(std::string project_id, std::string topic_id);
  std::string const &topic_id() const;
};

class Subscription {
public:
  Subscription(std::string project_id, std::string subscription_id);
};

} // namespace v2_12
} // namespace pubsub
} // namespace cloud
} // namespace google
