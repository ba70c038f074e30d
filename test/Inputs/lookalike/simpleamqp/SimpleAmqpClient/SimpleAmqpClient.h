// Look-alike test header: imitates the signatures of SimpleAmqpClient's AmqpClient::Channel, BasicMessage and Envelope (not the real library).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace AmqpClient {

class BasicMessage {
public:
  typedef std::shared_ptr<BasicMessage> ptr_t;
  static ptr_t Create();
  static ptr_t Create(const std::string &body);
  const std::string &Body() const;
  void Body(const std::string &body);
  const std::string &ReplyTo() const;
  void ReplyTo(const std::string &reply_to);
  const std::string &CorrelationId() const;
  void CorrelationId(const std::string &correlation_id);
};

class Envelope {
public:
  typedef std::shared_ptr<Envelope> ptr_t;
  BasicMessage::ptr_t Message() const;
  std::string ConsumerTag() const;
  std::uint64_t DeliveryTag() const;
  std::string Exchange() const;
  std::string RoutingKey() const;
};

class Channel {
public:
  typedef std::shared_ptr<Channel> ptr_t;

  struct OpenOpts {
    std::string host;
    std::string vhost;
    int port = 5672;
    static OpenOpts FromUri(const std::string &uri);
  };

  static ptr_t Open(const OpenOpts &opts);
  static ptr_t Create(const std::string &host = "127.0.0.1", int port = 5672,
                      const std::string &username = "guest",
                      const std::string &password = "guest",
                      const std::string &vhost = "/", int frame_max = 131072);
  static ptr_t CreateFromUri(const std::string &uri, int frame_max = 131072);

  void DeclareExchange(const std::string &exchange_name,
                       const std::string &exchange_type = "direct",
                       bool passive = false, bool durable = false,
                       bool auto_delete = false);
  std::string DeclareQueue(const std::string &queue_name, bool passive = false,
                           bool durable = false, bool exclusive = true,
                           bool auto_delete = true);
  void BindQueue(const std::string &queue_name, const std::string &exchange_name,
                 const std::string &routing_key = "");

  void BasicPublish(const std::string &exchange_name,
                    const std::string &routing_key,
                    const BasicMessage::ptr_t message, bool mandatory = false,
                    bool immediate = false);

  bool BasicGet(Envelope::ptr_t &message, const std::string &queue,
                bool no_ack = true);
  void BasicAck(const Envelope::ptr_t &message);
  void BasicReject(const Envelope::ptr_t &message, bool requeue,
                   bool multiple = false);

  std::string BasicConsume(const std::string &queue,
                           const std::string &consumer_tag = "",
                           bool no_local = true, bool no_ack = true,
                           bool exclusive = true,
                           std::uint16_t message_prefetch_count = 1);
  void BasicCancel(const std::string &consumer_tag);

  /// Waits (forever) for a message on the consumer.
  Envelope::ptr_t BasicConsumeMessage(const std::string &consumer_tag);
  /// Waits up to timeout ms (-1: forever) for a message.
  bool BasicConsumeMessage(const std::string &consumer_tag,
                           Envelope::ptr_t &envelope, int timeout = -1);
  bool BasicConsumeMessage(const std::vector<std::string> &consumer_tags,
                           Envelope::ptr_t &envelope, int timeout = -1);
  bool BasicConsumeMessage(Envelope::ptr_t &envelope, int timeout = -1);
};

} // namespace AmqpClient
