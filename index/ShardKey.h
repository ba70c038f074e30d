//===- ShardKey.h - What a shard was built from, and when it is stale -*- C++ -*-===//
//
// The one home of every digest in a shard's key and of the one decision
// whether a stored shard still describes its TU. The key holds no absolute
// path under the project root, so an index restored at another path (a CI
// cache, a moved checkout) is reused, not re-extracted.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SHARDKEY_H
#define DECOUPLE_INDEX_SHARDKEY_H

#include "index/TuSummary.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace decouple {

struct ShardKey {
  std::string CommandDigest;
  std::string RulesDigest;
  std::string ToolVersion;
  friend bool operator==(const ShardKey &, const ShardKey &) = default;
};

/// The digest of a sanitised compile command run in \p Directory, with the
/// project root written as a placeholder wherever it occurs.
std::string commandDigest(const std::string &Directory,
                          const std::vector<std::string> &Arguments,
                          const std::string &ProjectRoot);

/// The digest of a file's bytes (what IncludedFile::Digest holds), or none
/// when it cannot be read.
std::optional<uint64_t> fileDigest(const std::string &Path);

/// The digest that names a whole key (command, rules, tool version and the
/// include graph), for dumps and messages.
std::string keyDigest(const ShardKey &Key,
                      const std::vector<IncludedFile> &Includes);

/// Why a stored shard no longer describes its TU, or "" when it does.
/// \p Digest gives a file's current digest (callers cache it).
std::string whyStale(const ShardKey &Stored, unsigned StoredErrors,
                     const std::vector<IncludedFile> &StoredIncludes,
                     const ShardKey &Current,
                     const std::function<std::optional<uint64_t>(const std::string &)> &Digest);

} // namespace decouple

#endif
