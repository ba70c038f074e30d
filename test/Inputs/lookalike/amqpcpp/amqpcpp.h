// Look-alike test header: imitates the signatures of AMQP-CPP's Channel, TcpChannel, Deferred consumers and publishers (not the real library).
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>

namespace AMQP {

class Table {};

class Address {
public:
  Address(const std::string &address);
};

class Envelope {
public:
  Envelope(const char *body, uint64_t size);
  Envelope(const std::string &body);
  void setCorrelationID(const std::string &value);
  void setReplyTo(const std::string &value);
};

class Message : public Envelope {
public:
  const std::string &exchange() const;
  const std::string &routingkey() const;
  const char *body() const;
  uint64_t bodySize() const;
};

using SuccessCallback = std::function<void()>;
using ErrorCallback = std::function<void(const char *message)>;
using ConsumeCallback = std::function<void(const std::string &consumer)>;
using MessageCallback = std::function<void(const Message &message, uint64_t deliveryTag, bool redelivered)>;
using EmptyCallback = std::function<void()>;
using AckCallback = std::function<void(uint64_t deliveryTag, bool multiple)>;
using NackCallback = std::function<void(uint64_t deliveryTag, bool multiple, bool requeue)>;

class Deferred {
public:
  Deferred &onSuccess(const SuccessCallback &callback);
  Deferred &onError(const ErrorCallback &callback);
  Deferred &onFinalize(const SuccessCallback &callback);
};

class DeferredConsumer : public Deferred {
public:
  DeferredConsumer &onSuccess(const ConsumeCallback &callback) { return *this; }
  DeferredConsumer &onReceived(const MessageCallback &callback) { return *this; }
  DeferredConsumer &onMessage(const MessageCallback &callback) { return *this; }
};

class DeferredGet : public Deferred {
public:
  DeferredGet &onSuccess(const MessageCallback &callback) { return *this; }
  DeferredGet &onReceived(const MessageCallback &callback) { return *this; }
  DeferredGet &onMessage(const MessageCallback &callback) { return *this; }
  DeferredGet &onEmpty(const EmptyCallback &callback) { return *this; }
};

class DeferredPublisher : public Deferred {
public:
  DeferredPublisher &onAck(const AckCallback &callback);
  DeferredPublisher &onNack(const NackCallback &callback);
};

class DeferredQueue : public Deferred {};

class Connection;

class Channel {
public:
  Channel(Connection *connection);
  virtual ~Channel();

  DeferredQueue &declareQueue(const std::string &name, int flags = 0);
  Deferred &bindQueue(const std::string &exchange, const std::string &queue,
                      const std::string &routingkey);

  DeferredPublisher &publish(const std::string &exchange, const std::string &routingKey, const Envelope &envelope, int flags = 0);
  DeferredPublisher &publish(const std::string &exchange, const std::string &routingKey, const std::string &message, int flags = 0);
  DeferredPublisher &publish(const std::string &exchange, const std::string &routingKey, const char *message, size_t size, int flags = 0);
  DeferredPublisher &publish(const std::string &exchange, const std::string &routingKey, const char *message, int flags = 0);

  Deferred &setQos(uint16_t prefetchCount, bool global = false);
  DeferredConsumer &consume(const std::string &queue, const std::string &tag, int flags = 0);
  DeferredConsumer &consume(const std::string &queue, int flags = 0);
  DeferredGet &get(const std::string &queue, int flags = 0);
  bool ack(uint64_t deliveryTag, int flags = 0);
  bool reject(uint64_t deliveryTag, int flags = 0);
  Deferred &close();
};

/// Publisher confirms: publishes are tagged and acknowledged by the broker.
class Tagger {
public:
  Tagger(Channel &channel);
  virtual ~Tagger();
  uint64_t publish(const std::string &exchange, const std::string &routingKey, const Envelope &envelope, int flags = 0);
  uint64_t publish(const std::string &exchange, const std::string &routingKey, const std::string &message, int flags = 0);
};

template <typename BASE = Tagger> class Reliable : public BASE {
public:
  Reliable(Channel &channel) : BASE(channel) {}
  DeferredPublisher &publish(const std::string &exchange, const std::string &routingKey, const std::string &message, int flags = 0);
};

class TcpConnection;
class TcpHandler {
public:
  virtual ~TcpHandler() = default;
  virtual void onReady(TcpConnection *connection) {}
  virtual void onError(TcpConnection *connection, const char *message) {}
};

class Connection {};
class TcpConnection : public Connection {
public:
  TcpConnection(TcpHandler *handler, const Address &address);
  bool close(bool immediate = false);
};

class TcpChannel : public Channel {
public:
  TcpChannel(TcpConnection *connection) : Channel(connection) {}
};

} // namespace AMQP
