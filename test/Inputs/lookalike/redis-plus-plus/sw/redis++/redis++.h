// Look-alike test header, not the real library. It follows the declarations
// of sewenew/redis-plus-plus at commit 2c47000 for what
// rules/builtin/redis-plus-plus.json matches: src/sw/redis++/redis.h (class
// Redis: get, set, del, zadd, zrange, zrevrange, zrem, pipeline),
// redis_cluster.h (RedisCluster, the same commands), queued_redis.h
// (QueuedRedis<Impl>, Pipeline = QueuedRedis<PipelineImpl>, exec),
// command_options.h (UpdateType), connection.h (ConnectionOptions),
// connection_pool.h (ConnectionPoolOptions), utils.h (StringView, Optional)
// and errors.h (Error). Declarations only; a subset of the commands.
#pragma once
#include <chrono>
#include <cstddef>
#include <exception>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace sw {
namespace redis {

using StringView = std::string_view;
template <typename T> using Optional = std::optional<T>;
using OptionalString = Optional<std::string>;

enum class UpdateType { EXIST, NOT_EXIST, ALWAYS };
enum class ConnectionType { TCP = 0, UNIX };

class Error : public std::exception {
public:
  const char *what() const noexcept override;
};

namespace tls {
struct TlsOptions {
  bool enabled = false;
  std::string cacert;
};
} // namespace tls

struct ConnectionOptions {
  ConnectionType type = ConnectionType::TCP;
  std::string host;
  int port = 6379;
  std::string path;
  std::string user = "default";
  std::string password;
  int db = 0;
  bool keep_alive = false;
  std::chrono::milliseconds connect_timeout{0};
  std::chrono::milliseconds socket_timeout{0};
  tls::TlsOptions tls;
};

struct ConnectionPoolOptions {
  std::size_t size = 1;
  std::chrono::milliseconds wait_timeout{0};
  std::chrono::milliseconds connection_lifetime{0};
  std::chrono::milliseconds connection_idle_time{0};
};

class QueuedReplies {
public:
  std::size_t size() const;
};

template <typename Impl> class QueuedRedis {
public:
  QueuedRedis &set(const StringView &key, const StringView &val);
  QueuedRedis &get(const StringView &key);
  QueuedRedis &del(const StringView &key);
  QueuedRedis &zadd(const StringView &key, const StringView &member, double score,
                    UpdateType type = UpdateType::ALWAYS, bool changed = false);
  template <typename Input>
  QueuedRedis &zadd(const StringView &key, Input first, Input last,
                    UpdateType type = UpdateType::ALWAYS, bool changed = false);
  QueuedRedis &zrange(const StringView &key, long long start, long long stop, bool with_scores = false);
  QueuedRedis &zrem(const StringView &key, const StringView &member);
  template <typename Input> QueuedRedis &zrem(const StringView &key, Input first, Input last);
  QueuedReplies exec();
  void discard();
};

class PipelineImpl;
using Pipeline = QueuedRedis<PipelineImpl>;

class Redis {
public:
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  explicit Redis(const std::string &uri);
  Pipeline pipeline(bool new_connection = true);

  OptionalString get(const StringView &key);
  bool set(const StringView &key, const StringView &val,
           const std::chrono::milliseconds &ttl = std::chrono::milliseconds(0),
           UpdateType type = UpdateType::ALWAYS);
  long long del(const StringView &key);
  long long zadd(const StringView &key, const StringView &member, double score,
                 UpdateType type = UpdateType::ALWAYS, bool changed = false);
  template <typename Input>
  long long zadd(const StringView &key, Input first, Input last,
                 UpdateType type = UpdateType::ALWAYS, bool changed = false);
  template <typename Output>
  void zrange(const StringView &key, long long start, long long stop, Output output);
  long long zrem(const StringView &key, const StringView &member);
  template <typename Input> long long zrem(const StringView &key, Input first, Input last);
  template <typename Output>
  void zrevrange(const StringView &key, long long start, long long stop, Output output);
};

class RedisCluster {
public:
  explicit RedisCluster(const ConnectionOptions &connection_opts,
                        const ConnectionPoolOptions &pool_opts = {});
  Pipeline pipeline(const StringView &hash_tag, bool new_connection = true);

  OptionalString get(const StringView &key);
  bool set(const StringView &key, const StringView &val,
           const std::chrono::milliseconds &ttl = std::chrono::milliseconds(0),
           UpdateType type = UpdateType::ALWAYS);
  long long del(const StringView &key);
  long long zadd(const StringView &key, const StringView &member, double score,
                 UpdateType type = UpdateType::ALWAYS, bool changed = false);
  template <typename Input>
  long long zadd(const StringView &key, Input first, Input last,
                 UpdateType type = UpdateType::ALWAYS, bool changed = false);
  template <typename Output>
  void zrange(const StringView &key, long long start, long long stop, Output output);
  long long zrem(const StringView &key, const StringView &member);
  template <typename Input> long long zrem(const StringView &key, Input first, Input last);
  template <typename Output>
  void zrevrange(const StringView &key, long long start, long long stop, Output output);
};

} // namespace redis
} // namespace sw
