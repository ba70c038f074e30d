//===- IndexManifest.h - The index's table of contents ----------*- C++ -*-===//
//
// Deciding whether a TU is up to date must not mean reading its shard: the
// manifest holds every TU's key (command, rules, tool version, include
// digests) and its counts, so a no-change run reads one file and hashes each
// distinct source file once.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_INDEXMANIFEST_H
#define DECOUPLE_INDEX_INDEXMANIFEST_H

#include "index/ShardStore.h"

#include <map>

namespace decouple {

constexpr uint32_t ManifestFormatVersion = 1;

struct ManifestEntry {
  std::string MainFile;
  ShardKey Key;
  std::vector<IncludedFile> Includes;
  uint64_t Functions = 0, Edges = 0, Sites = 0, UnresolvedIndirect = 0;
  unsigned Errors = 0;

  static ManifestEntry fromShard(const Shard &S);
};

struct IndexManifest {
  std::map<std::string, ManifestEntry> Entries; // by shard path

  /// Missing is not an error (a new index); anything unreadable is reported
  /// and treated as empty, so every TU is checked against its shard.
  ShardStatus load(const std::string &Path, std::string &Why);
  bool save(const std::string &Path, std::string &Error) const;
};

} // namespace decouple

#endif
