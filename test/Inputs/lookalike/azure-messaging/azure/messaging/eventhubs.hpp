// Look-alike test header, not the real library. It follows the declarations
// of Azure/azure-sdk-for-cpp at commit 8874c67b42f51814a50d89c9e2c22e2f29595cd2
// for what rules/builtin/azure-messaging.json matches, under
// sdk/eventhubs/azure-messaging-eventhubs/inc/azure/messaging/eventhubs/:
// producer_client.hpp (ProducerClient::Send, three overloads),
// partition_client.hpp and processor_partition_client.hpp (ReceiveEvents),
// consumer_client.hpp, processor.hpp and models/event_data.hpp.
#pragma once
#include <azure/core/context.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace Azure {
namespace Messaging {
namespace EventHubs {
namespace Models {
class EventData {
public:
  EventData();
  EventData(std::vector<uint8_t> const &body);
  EventData(std::string const &body);
  virtual ~EventData() = default;
  std::vector<uint8_t> Body;
  std::string ContentType;
};
class ReceivedEventData final : public EventData {
public:
  int64_t SequenceNumber;
};
} // namespace Models

struct EventDataBatchOptions {
  std::string PartitionId;
  std::string PartitionKey;
};
class EventDataBatch {
public:
  bool TryAdd(Models::EventData const &message);
};

struct ProducerClientOptions {};

/// Sends events to an Event Hub.
class ProducerClient final {
public:
  ProducerClient(std::string const &fullyQualifiedNamespace, std::string const &eventHub,
                 std::shared_ptr<const Core::Credentials::TokenCredential> credential,
                 ProducerClientOptions options = {});
  ProducerClient(ProducerClient const &other) = delete;
  ProducerClient(ProducerClient &&other) = delete;
  ProducerClient() = default;
  ProducerClient(std::string const &connectionString, std::string const &eventHub,
                 ProducerClientOptions options = {});
  ~ProducerClient();
  EventDataBatch CreateBatch(EventDataBatchOptions const &options = {},
                             Core::Context const &context = {});
  void Send(EventDataBatch const &eventDataBatch, Core::Context const &context = {});
  void Send(Models::EventData const &eventData, Core::Context const &context = {});
  void Send(std::vector<Models::EventData> const &eventData, Core::Context const &context = {});
  void Close(Core::Context const &context = {});
};

struct PartitionClientOptions {};

class PartitionClient final {
public:
  /// Waits for up to maxMessages events, or until the context is cancelled.
  std::vector<std::shared_ptr<const Models::ReceivedEventData>>
  ReceiveEvents(uint32_t maxMessages, Core::Context const &context = {});
  void Close(Core::Context const &context);
};

/// A partition client handed out by a Processor (load-balanced consumers).
class ProcessorPartitionClient final {
public:
  std::vector<std::shared_ptr<const Models::ReceivedEventData>>
  ReceiveEvents(uint32_t maxBatchSize, Core::Context const &context = {});
  void UpdateCheckpoint(std::shared_ptr<const Models::ReceivedEventData> const &eventData,
                        Core::Context const &context = {});
  std::string PartitionId() const;
};

class Processor final {
public:
  std::shared_ptr<ProcessorPartitionClient> NextPartitionClient(Core::Context const &context = {});
  void Run(Core::Context const &context);
};

struct ConsumerClientOptions {};

class ConsumerClient final {
public:
  ConsumerClient(std::string const &fullyQualifiedNamespace, std::string const &eventHub,
                 std::shared_ptr<const Core::Credentials::TokenCredential> credential,
                 std::string const &consumerGroup = "$Default",
                 ConsumerClientOptions const &options = {});
  ConsumerClient(ConsumerClient const &other) = delete;
  ~ConsumerClient();
  ConsumerClient(std::string const &connectionString, std::string const &eventHub = {},
                 std::string const &consumerGroup = "$Default",
                 ConsumerClientOptions const &options = {});
  PartitionClient CreatePartitionClient(std::string const &partitionId,
                                        PartitionClientOptions const &options = {},
                                        Core::Context const &context = {});
};

} // namespace EventHubs
} // namespace Messaging
} // namespace Azure
