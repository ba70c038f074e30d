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
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <map>
#include <set>

namespace decouple {

/// 2: entries keyed by shard file name, paths relative to the project root.
constexpr uint32_t ManifestFormatVersion = 2;

struct ManifestEntry {
  std::string MainFile;
  ShardKey Key;
  std::vector<IncludedFile> Includes;
  uint64_t Functions = 0, Edges = 0, Sites = 0, UnresolvedIndirect = 0;
  unsigned Errors = 0;

  static ManifestEntry fromShard(const Shard &S);
  friend bool operator==(const ManifestEntry &,
                         const ManifestEntry &) = default;
};

/// Whether \p Name is a shard file name (NAME.shard, no directory part), so
/// that a manifest cannot lead a reader out of <index>/shards.
bool isPlainShardName(llvm::StringRef Name);

/// The manifest is the truth: a reader loads exactly the shards it lists,
/// and only when the shard's key matches the listed one.
struct IndexManifest {
  std::map<std::string, ManifestEntry> Entries; // by shard file name
  /// The directory the stored paths are relative to (the project root and
  /// the build directory both lie below it), and the project root itself.
  /// The file keeps both relative to the index directory, so they move
  /// with it.
  std::string Root, ProjectRoot;

  /// <IndexDir>/manifest.bin
  static std::string pathIn(const std::string &IndexDir);

  /// The name an entry is listed under: the shard file's name.
  static std::string entryName(llvm::StringRef ShardPath);
  /// Lists \p S, written to \p ShardPath, under its entry name.
  void add(llvm::StringRef ShardPath, const Shard &S) {
    Entries[entryName(ShardPath)] = ManifestEntry::fromShard(S);
  }
  /// Lists \p E as \p Name; whether that changed the manifest (an
  /// unchanged one is not written again: driver/Indexer.cpp).
  bool set(const std::string &Name, ManifestEntry E);
  /// Drops the entries not named in \p Keep; whether there were any.
  bool keepOnly(const llvm::StringSet<> &Keep);

  /// Missing is not an error (a new index); anything unreadable is reported
  /// and treated as empty, so every TU is checked against its shard.
  ShardStatus load(const std::string &Path, std::string &Why);
  bool save(const std::string &Path, std::string &Error) const;
};

/// Reads the shard listed as \p Name with \p Entry from <IndexDir>/shards,
/// and uses it only when its key and main file match the entry. On any
/// other outcome \p Note says which file was skipped and why. The one rule
/// loadListedShards and the in-memory program (LinkedProgramCache.h) share.
bool readListedShard(const ShardStore &Store, const std::string &IndexDir,
                     const std::string &Name, const ManifestEntry &Entry,
                     Shard &Out, std::string &Note);

/// The shards of an index directory that its manifest lists with a
/// matching key. Unlisted or mismatching shard files are never read: they
/// are orphans of TUs that left the compile database. \p Notes says what
/// was skipped and why.
ShardStatus loadListedShards(const std::string &IndexDir,
                             std::vector<Shard> &Out,
                             std::vector<std::string> &Notes,
                             IndexManifest *Manifest = nullptr);

/// Shards named without a manifest: \p Path is a shard file, or a directory
/// whose *.shard files (found recursively, in sorted order) are all read;
/// what 'decouple extract' and the Bazel aspect produce. Stored relative
/// paths resolve against \p Root. Missing when \p Path names nothing,
/// Corrupt when a shard does not verify (\p Notes says which and why).
ShardStatus loadShardFiles(const std::string &Path, const std::string &Root,
                           std::vector<Shard> &Out,
                           std::vector<std::string> &Notes);

} // namespace decouple

#endif
