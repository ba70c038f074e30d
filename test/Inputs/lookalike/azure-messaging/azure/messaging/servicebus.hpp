// Look-alike test header: imitates the Service Bus client naming of the Azure SDKs for other languages (ServiceBusClient, ServiceBusSender, ServiceBusReceiver) in the style of azure-sdk-for-cpp, which has no Service Bus client (not a real library).
#pragma once
#include <azure/core/context.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace Azure {
namespace Messaging {
namespace ServiceBus {

class ServiceBusMessage {
public:
  ServiceBusMessage();
  explicit ServiceBusMessage(std::string const &body);
  std::string MessageId;
  std::string CorrelationId;
  std::string Subject;
};

class ServiceBusReceivedMessage : public ServiceBusMessage {
public:
  std::string LockToken;
  int64_t SequenceNumber;
};

/// Sends messages to a queue or topic.
class ServiceBusSender {
public:
  std::string const &GetEntityPath() const;
  void SendMessage(ServiceBusMessage const &message, Core::Context const &context = {});
  void SendMessages(std::vector<ServiceBusMessage> const &messages,
                    Core::Context const &context = {});
  int64_t ScheduleMessage(ServiceBusMessage const &message,
                          std::chrono::system_clock::time_point enqueueTime,
                          Core::Context const &context = {});
  void Close(Core::Context const &context = {});
};

/// Receives messages from a queue or subscription.
class ServiceBusReceiver {
public:
  std::vector<ServiceBusReceivedMessage> ReceiveMessages(uint32_t maxMessages,
                                                         Core::Context const &context = {});
  std::vector<ServiceBusReceivedMessage> PeekMessages(uint32_t maxMessages,
                                                      Core::Context const &context = {});
  void CompleteMessage(ServiceBusReceivedMessage const &message,
                       Core::Context const &context = {});
  void AbandonMessage(ServiceBusReceivedMessage const &message,
                      Core::Context const &context = {});
  void Close(Core::Context const &context = {});
};

class ServiceBusClient {
public:
  explicit ServiceBusClient(std::string const &connectionString);
  ServiceBusClient(std::string const &fullyQualifiedNamespace,
                   std::shared_ptr<const Core::Credentials::TokenCredential> credential);
  ServiceBusSender CreateSender(std::string const &queueOrTopicName);
  ServiceBusReceiver CreateReceiver(std::string const &queueName);
  ServiceBusReceiver CreateReceiver(std::string const &topicName,
                                    std::string const &subscriptionName);
};

} // namespace ServiceBus
} // namespace Messaging
} // namespace Azure
