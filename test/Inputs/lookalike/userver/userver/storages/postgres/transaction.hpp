// Look-alike test header (not the real library): follows userver's postgresql/include/userver/storages/postgres/transaction.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <userver/storages/postgres/cluster_types.hpp>
#include <userver/storages/postgres/query.hpp>
#include <userver/storages/postgres/result_set.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class ParameterStore;

class Transaction {
public:
    template <typename... Args>
    ResultSet Execute(const Query& query, const Args&... args);

    template <typename... Args>
    ResultSet Execute(OptionalCommandControl statement_cmd_ctl, const Query& query, const Args&... args);

    ResultSet Execute(const Query& query, const ParameterStore& store);

    ResultSet Execute(OptionalCommandControl statement_cmd_ctl, const Query& query, const ParameterStore& store);

    void Commit();
    void Rollback();
};

}  // namespace storages::postgres

USERVER_NAMESPACE_END
