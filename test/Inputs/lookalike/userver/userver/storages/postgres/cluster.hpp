// Look-alike test header: imitates the signatures of userver's storages::postgres::Cluster, Query and Transaction (not the real library).
#pragma once
#include <memory>
#include <optional>
#include <string>

namespace userver {
namespace storages {
namespace postgres {

enum class ClusterHostType { kNone = 0, kMaster = 1, kSyncSlave = 2, kSlave = 4 };
class ClusterHostTypeFlags {
public:
  ClusterHostTypeFlags(ClusterHostType type);
};

class Query {
public:
  struct Name {
    explicit Name(std::string value);
  };
  Query(const char *statement, std::optional<Name> name = std::nullopt);
  Query(std::string statement, std::optional<Name> name = std::nullopt);
};

class ResultSet {
public:
  std::size_t Size() const;
  bool IsEmpty() const;
};

class Transaction {
public:
  template <typename... Args>
  ResultSet Execute(const Query &query, const Args &...args) { return {}; }
  void Commit();
  void Rollback();
};

struct TransactionOptions {};

class Cluster {
public:
  template <typename... Args>
  ResultSet Execute(ClusterHostTypeFlags flags, const Query &query,
                    const Args &...args) {
    return {};
  }
  Transaction Begin(ClusterHostTypeFlags flags, const TransactionOptions &options);
};
using ClusterPtr = std::shared_ptr<Cluster>;

} // namespace postgres
} // namespace storages
} // namespace userver
