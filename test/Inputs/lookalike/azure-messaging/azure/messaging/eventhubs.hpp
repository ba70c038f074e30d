// Look-alike test header: imitates the signatures of azure-messaging-eventhubs (ProducerClient, ConsumerClient, PartitionClient, EventData) (not the real library).
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
struct EventData {
  EventData();
  EventData(std::string const &body);
  std::vector<uint8_t> Body;
  std::string ContentType;
};
struct ReceivedEventData : public EventData {
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
  void Close();
};

struct ConsumerClientOptions {};

class ConsumerClient final {
public:
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
