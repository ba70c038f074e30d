// Look-alike test header (not the real library): follows userver's core/include/userver/storages/query.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <optional>
#include <string>

#include <userver/utils/strong_typedef.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages {

/// Holds a query, its name and logging mode (storages::postgres::Query is an
/// alias of this class).
class Query {
public:
    using Name = USERVER_NAMESPACE::utils::StrongTypedef<struct NameTag, std::string>;

    enum class LogMode { kFull, kNameOnly };

    Query() = default;
    Query(const char* statement, std::optional<Name> name = std::nullopt, LogMode log_mode = LogMode::kFull);
    Query(std::string statement, std::optional<Name> name = std::nullopt, LogMode log_mode = LogMode::kFull);

    const std::optional<Name>& GetName() const;
    const std::string& Statement() const;

private:
    std::string statement_{};
    std::optional<Name> name_{};
    LogMode log_mode_ = LogMode::kFull;
};

}  // namespace storages

USERVER_NAMESPACE_END
