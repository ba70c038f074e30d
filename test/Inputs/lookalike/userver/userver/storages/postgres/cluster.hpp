// Look-alike test header (not the real library): follows userver's postgresql/include/userver/storages/postgres/cluster.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <memory>
#include <string>

#include <userver/storages/postgres/cluster_types.hpp>
#include <userver/storages/postgres/query.hpp>
#include <userver/storages/postgres/result_set.hpp>
#include <userver/storages/postgres/transaction.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class Cluster {
public:
    Transaction Begin(const TransactionOptions&, OptionalCommandControl = {});
    Transaction Begin(ClusterHostTypeFlags, const TransactionOptions&, OptionalCommandControl = {});

    template <typename... Args>
    ResultSet Execute(ClusterHostTypeFlags, const Query& query, const Args&... args);

    template <typename... Args>
    ResultSet Execute(ClusterHostTypeFlags, OptionalCommandControl, const Query& query, const Args&... args);

    ResultSet Execute(ClusterHostTypeFlags flags, const Query& query, const ParameterStore& store);

    ResultSet Execute(
        ClusterHostTypeFlags flags,
        OptionalCommandControl statement_cmd_ctl,
        const Query& query,
        const ParameterStore& store
    );
};

// postgres_fwd.hpp
using ClusterPtr = std::shared_ptr<Cluster>;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
