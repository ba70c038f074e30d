//===- LinkedProgramCache.h - An index kept linked in memory ----*- C++ -*-===//
//
// An editor rebuilds a file's AST on every edit. Re-reading and re-linking
// every shard of the index each time would cost in proportion to the
// program, not the file. This keeps each index directory's shards, and the
// program linked from them, in memory:
//
//   - refresh() re-reads the manifest only when its file changed, and then
//     only the shards whose entry changed (key, include digests or counts);
//     a TU the manifest no longer lists is dropped, unchanged ones are kept.
//   - graphFor() answers a live TU's summary. When it agrees with the TU's
//     shard (liveMatchesShard: the file is as it was indexed), the linked
//     program itself is the answer: nothing is linked. Otherwise the live summary is
//     linked in place of its shard, from the shards in memory.
//
// A Program is immutable once made, so callers on several threads (clangd
// checks files concurrently) share it.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_LINKEDPROGRAMCACHE_H
#define DECOUPLE_INDEX_LINKEDPROGRAMCACHE_H

#include "index/IndexManifest.h"
#include "index/ProgramGraph.h"

#include "llvm/Support/Chrono.h"

#include <map>
#include <memory>
#include <mutex>

namespace decouple {

/// Whether \p Live, a TU's summary from an editor's AST, describes the TU
/// its shard \p Stored was extracted from: the same calls, sites, flows and
/// counts, and each function it knows known alike to the shard. The shard
/// may know more functions: clangd's AST walks only the main file's own
/// declarations (the preamble's headers are not traversed), where the
/// index's full parse also records the header functions the TU declares.
bool liveMatchesShard(const TuSummary &Live, const TuSummary &Stored);

class LinkedProgramCache {
public:
  /// One state of one index directory.
  struct Program {
    std::string Dir;
    /// The manifest's file stamp and its stored root, when it was read.
    llvm::sys::TimePoint<> Stamp;
    uint64_t ManifestSize = 0;
    std::string Root;
    /// By manifest entry name, in the manifest's order; shared with the
    /// Program this one was refreshed from where the entry did not change.
    std::map<std::string, std::shared_ptr<const Shard>> Shards;
    std::map<std::string, ManifestEntry> Entries;
    std::map<std::string, std::string> EntryOfMainFile;
    /// Every listed shard, linked and finalized.
    ProgramGraph Linked;
    /// Shards that could not be used, as loadListedShards reports them.
    std::vector<std::string> Notes;
    /// What the refresh that made this Program did.
    size_t ShardsRead = 0, ShardsKept = 0, ShardsDropped = 0;
  };

  /// The program of \p IndexDir as its manifest now says; null when it has
  /// no readable manifest. Returns the previous Program, untouched, while
  /// the manifest file is unchanged.
  std::shared_ptr<const Program> refresh(const std::string &IndexDir);

  /// The linked program with \p Live in place of its TU's shard (or added,
  /// when the index does not list its main file). Shares \p P's graph when
  /// liveMatchesShard(); \p Reused says which.
  static std::shared_ptr<const ProgramGraph>
  graphFor(const std::shared_ptr<const Program> &P, const TuSummary &Live,
           bool *Reused = nullptr);

private:
  std::mutex Lock;
  std::map<std::string, std::shared_ptr<const Program>> ByDir;
};

} // namespace decouple

#endif
