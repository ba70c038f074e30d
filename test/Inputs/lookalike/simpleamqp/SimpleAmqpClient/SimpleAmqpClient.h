// Look-alike test header, not the real library. It follows the declarations
// of alanxz/SimpleAmqpClient at commit d271adb8a795e6aa98c09507b3401fc4d8ab21c1
// for what rules/builtin/simpleamqp.json matches: src/SimpleAmqpClient/
// Channel.h (Channel : boost::noncopyable, ptr_t = boost::shared_ptr,
// BasicPublish, BasicGet, all six BasicConsumeMessage overloads),
// BasicMessage.h and Envelope.h. Declarations only.
#pragma once
#include <boost/cstdint.hpp>
#include <boost/make_shared.hpp>
#include <boost/noncopyable.hpp>
#include <boost/shared_ptr.hpp>
#include <string>
#include <vector>

namespace AmqpClient {

class BasicMessage {
public:
  typedef boost::shared_ptr<BasicMessage> ptr_t;
  static ptr_t Create() { return boost::make_shared<BasicMessage>(); }
  static ptr_t Create(const std::string &body);
  virtual ~BasicMessage();
  const std::string &Body() const;
  std::string &Body();
  void Body(const std::string &body);
  const std::string &ReplyTo() const;
  void ReplyTo(const std::string &reply_to);
  const std::string &CorrelationId() const;
  void CorrelationId(const std::string &correlation_id);
};

class Envelope {
public:
  typedef boost::shared_ptr<Envelope> ptr_t;
  BasicMessage::ptr_t Message() const;
  std::string ConsumerTag() const;
  boost::uint64_t DeliveryTag() const;
  std::string Exchange() const;
  std::string RoutingKey() const;
};

class Channel : boost::noncopyable {
public:
  typedef boost::shared_ptr<Channel> ptr_t;

  struct OpenOpts {
    std::string host;
    std::string vhost;
    int port;
    int frame_max;
    OpenOpts() : vhost("/"), port(5672), frame_max(131072) {}
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
                           boost::uint16_t message_prefetch_count = 1);
  void BasicCancel(const std::string &consumer_tag);

  /// Waits (forever) for a message on the consumer(s).
  Envelope::ptr_t BasicConsumeMessage(const std::string &consumer_tag);
  Envelope::ptr_t BasicConsumeMessage(
      const std::vector<std::string> &consumer_tags);
  Envelope::ptr_t BasicConsumeMessage();
  /// Waits up to timeout ms (-1: forever) for a message.
  bool BasicConsumeMessage(const std::string &consumer_tag,
                           Envelope::ptr_t &envelope, int timeout = -1);
  bool BasicConsumeMessage(const std::vector<std::string> &consumer_tags,
                           Envelope::ptr_t &envelope, int timeout = -1);
  bool BasicConsumeMessage(Envelope::ptr_t &envelope, int timeout = -1);
};

} // namespace AmqpClient
