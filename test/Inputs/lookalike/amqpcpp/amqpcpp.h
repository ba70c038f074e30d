// Look-alike test header, not the real library. It follows the declarations
// of AMQP-CPP at commit 839f74f2e7cc0f3f03458ebf943d23fc1f8c5462 for what
// rules/builtin/amqpcpp.json matches: include/amqpcpp/channel.h (Channel::
// publish, consume, get), tagger.h (Tagger::publish), reliable.h
// (Reliable<BASE>::publish), throttle.h (Throttle : Tagger),
// deferredconsumer.h, deferredget.h, deferredpublish.h, callbacks.h,
// envelope.h, flags.h (durable, noack, ...), login.h, address.h,
// deferredqueue.h and linux_tcp/{tcpchannel,tcpconnection,tcphandler}.h
// (TcpConnection::heartbeat). Like upstream's amqpcpp.h it includes
// <iostream>, which DeathStarBench's AmqpLibeventHandler.h relies on.
// Bodies are stubs.
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

namespace AMQP {

class Table {};

// flags.h
extern const int durable;
extern const int autodelete;
extern const int active;
extern const int passive;
extern const int ifunused;
extern const int ifempty;
extern const int global;
extern const int nolocal;
extern const int noack;
extern const int exclusive;

// login.h
class Login {
public:
  Login();
  Login(std::string user, std::string password);
  Login(const char *user, const char *password);
};

class Address {
public:
  Address(const char *data, size_t size);
  Address(const char *data) : Address(data, strlen(data)) {}
  Address(const std::string &address) : Address(address.data(), address.size()) {}
  Address(std::string host, uint16_t port, Login login, std::string vhost, bool secure = false);
};

class MetaData {
public:
  void setCorrelationID(const std::string &value);
  void setReplyTo(const std::string &value);
};

class Envelope : public MetaData {
public:
  Envelope(const char *body, uint64_t size) : _body(body), _bodySize(size) {}
  Envelope(const std::string_view &body) : Envelope(body.data(), body.size()) {}
  Envelope(const char *body) : Envelope(body, strlen(body)) {}
  Envelope(const Envelope &envelope) = delete;
  virtual ~Envelope() {}
  const char *body() const { return _body; }
  uint64_t bodySize() const { return _bodySize; }

private:
  const char *_body;
  uint64_t _bodySize;
};

class Message : public Envelope {
public:
  using Envelope::Envelope;
  const std::string &exchange() const;
  const std::string &routingkey() const;
};

// callbacks.h
using SuccessCallback = std::function<void()>;
using ErrorCallback = std::function<void(const char *message)>;
using FinalizeCallback = std::function<void()>;
using EmptyCallback = std::function<void()>;
using ConsumeCallback = std::function<void(const std::string &consumer)>;
using MessageCallback = std::function<void(const Message &message, uint64_t deliveryTag, bool redelivered)>;
using AckCallback = std::function<void(uint64_t deliveryTag, bool multiple)>;
using NackCallback = std::function<void(uint64_t deliveryTag, bool multiple, bool requeue)>;
using PublishAckCallback = std::function<void()>;
using PublishNackCallback = std::function<void()>;
using QueueCallback = std::function<void(const std::string &name, uint32_t messagecount, uint32_t consumercount)>;

class Deferred {
public:
  Deferred &onSuccess(const SuccessCallback &callback);
  Deferred &onError(const ErrorCallback &callback);
  Deferred &onFinalize(const FinalizeCallback &callback);
};

class DeferredReceiver : public Deferred {};
class DeferredExtReceiver : public DeferredReceiver {};

// deferredconsumer.h
class DeferredConsumer : public DeferredExtReceiver,
                         public std::enable_shared_from_this<DeferredConsumer> {
public:
  inline DeferredConsumer &onSuccess(const ConsumeCallback &callback) { return onSuccess(ConsumeCallback(callback)); }
  DeferredConsumer &onSuccess(ConsumeCallback &&callback) { return *this; }
  inline DeferredConsumer &onReceived(const MessageCallback &callback) { return onReceived(MessageCallback(callback)); }
  DeferredConsumer &onReceived(MessageCallback &&callback) { return *this; }
  inline DeferredConsumer &onMessage(const MessageCallback &callback) { return onMessage(MessageCallback(callback)); }
  DeferredConsumer &onMessage(MessageCallback &&callback) { return *this; }
};

// deferredget.h
class DeferredGet : public DeferredExtReceiver,
                    public std::enable_shared_from_this<DeferredGet> {
public:
  inline DeferredGet &onSuccess(const MessageCallback &callback) { return onSuccess(MessageCallback(callback)); }
  DeferredGet &onSuccess(MessageCallback &&callback) { return *this; }
  inline DeferredGet &onReceived(const MessageCallback &callback) { return onReceived(MessageCallback(callback)); }
  DeferredGet &onReceived(MessageCallback &&callback) { return *this; }
  inline DeferredGet &onMessage(const MessageCallback &callback) { return onMessage(MessageCallback(callback)); }
  DeferredGet &onMessage(MessageCallback &&callback) { return *this; }
  DeferredGet &onEmpty(const EmptyCallback &callback) { return *this; }
};

// deferredpublish.h
class DeferredPublish : public Deferred {
public:
  inline DeferredPublish &onAck(const PublishAckCallback &callback) { return onAck(PublishAckCallback(callback)); }
  DeferredPublish &onAck(PublishAckCallback &&callback) { return *this; }
  inline DeferredPublish &onNack(const PublishNackCallback &callback) { return onNack(PublishNackCallback(callback)); }
  DeferredPublish &onNack(PublishNackCallback &&callback) { return *this; }
};

class DeferredQueue : public Deferred {
public:
  DeferredQueue &onSuccess(const QueueCallback &callback);
  DeferredQueue &onSuccess(const SuccessCallback &callback);
};

class Connection;

// channel.h
class Channel {
public:
  Channel(Connection *connection);
  Channel(const Channel &channel) = delete;
  virtual ~Channel() {}
  void onReady(const SuccessCallback &callback);
  void onError(const ErrorCallback &callback);

  DeferredQueue &declareQueue(const std::string_view &name, int flags = 0);
  Deferred &bindQueue(const std::string_view &exchange, const std::string_view &queue,
                      const std::string_view &routingkey);

  bool publish(const std::string_view &exchange, const std::string_view &routingKey, const Envelope &envelope, int flags = 0);
  bool publish(const std::string_view &exchange, const std::string_view &routingKey, const std::string &message, int flags = 0);
  bool publish(const std::string_view &exchange, const std::string_view &routingKey, const char *message, size_t size, int flags = 0);
  bool publish(const std::string_view &exchange, const std::string_view &routingKey, const char *message, int flags = 0);

  Deferred &setQos(uint16_t prefetchCount, bool global = false);
  DeferredConsumer &consume(const std::string_view &queue, const std::string_view &tag, int flags = 0);
  DeferredConsumer &consume(const std::string_view &queue, int flags = 0);
  DeferredGet &get(const std::string_view &queue, int flags = 0);
  bool ack(uint64_t deliveryTag, int flags = 0);
  bool reject(uint64_t deliveryTag, int flags = 0);
  Deferred &close();
};

// tagger.h: publisher confirms, publishes are tagged and acknowledged.
class Tagger {
public:
  Tagger(AMQP::Channel &channel);
  Tagger(const Tagger &other) = delete;
  virtual ~Tagger();
  uint64_t publish(const std::string_view &exchange, const std::string_view &routingKey, const Envelope &envelope, int flags = 0);
  uint64_t publish(const std::string_view &exchange, const std::string_view &routingKey, const std::string_view &message, int flags = 0) { return publish(exchange, routingKey, Envelope(message.data(), message.size()), flags); }
  uint64_t publish(const std::string_view &exchange, const std::string_view &routingKey, const char *message, size_t size, int flags = 0) { return publish(exchange, routingKey, Envelope(message, size), flags); }
  uint64_t publish(const std::string_view &exchange, const std::string_view &routingKey, const char *message, int flags = 0) { return publish(exchange, routingKey, Envelope(message, strlen(message)), flags); }
};

// throttle.h: inherits Tagger::publish.
class Throttle : public Tagger {
public:
  Throttle(Channel &channel, size_t throttle);
  virtual ~Throttle() = default;
};

// reliable.h
template <typename BASE = Tagger> class Reliable : public BASE {
public:
  template <typename... Args> Reliable(Args &&...args) : BASE(std::forward<Args>(args)...) {}
  Reliable(const Reliable &other) = delete;
  virtual ~Reliable() = default;
  DeferredPublish &publish(const std::string_view &exchange, const std::string_view &routingKey, const std::string_view &message, int flags = 0) { return publish(exchange, routingKey, Envelope(message.data(), message.size()), flags); }
  DeferredPublish &publish(const std::string_view &exchange, const std::string_view &routingKey, const char *message, size_t size, int flags = 0) { return publish(exchange, routingKey, Envelope(message, size), flags); }
  DeferredPublish &publish(const std::string_view &exchange, const std::string_view &routingKey, const char *message, int flags = 0) { return publish(exchange, routingKey, Envelope(message, strlen(message)), flags); }
  DeferredPublish &publish(const std::string_view &exchange, const std::string_view &routingKey, const Envelope &envelope, int flags = 0);
};

// linux_tcp/tcphandler.h, tcpconnection.h, tcpchannel.h
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
  TcpConnection(const TcpConnection &that) = delete;
  virtual ~TcpConnection() noexcept;
  bool close(bool immediate = false);
  bool heartbeat();
};

class TcpChannel : public Channel {
public:
  TcpChannel(TcpConnection *connection) : Channel(connection) {}
  virtual ~TcpChannel() {}
};

} // namespace AMQP
