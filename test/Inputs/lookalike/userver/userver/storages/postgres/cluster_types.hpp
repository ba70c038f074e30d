// Look-alike test header (not the real library): follows userver's postgresql/include/userver/storages/postgres/cluster_types.hpp and options.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <chrono>
#include <optional>

#include <userver/utils/flags.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

enum class ClusterHostType {
    kNone = 0x00,
    kMaster = 0x01,
    kSyncSlave = 0x02,
    kSlave = 0x04,
    kSlaveOrMaster = kMaster | kSlave,
    kRoundRobin = 0x08,
    kNearest = 0x10,
};

using ClusterHostTypeFlags = USERVER_NAMESPACE::utils::Flags<ClusterHostType>;

struct TransactionOptions {
    enum Mode : unsigned char { kReadWrite = 0x00, kReadOnly = 0x01, kDeferrable = 0x03 };
    Mode mode = kReadWrite;
};

struct CommandControl {
    using Duration = std::chrono::milliseconds;
    Duration execute{};
    Duration statement{};
};

using OptionalCommandControl = std::optional<CommandControl>;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
