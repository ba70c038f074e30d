//===- Indexer.h - Brings the on-disk index up to date ----------*- C++ -*-===//
//
// For each TU of the compile database (or of one --shard i/N slice): compare
// its manifest key with the current command, rules, tool version and file
// contents; extract the stale ones in worker processes; verify and load
// every shard. A worker that crashes or times out costs only its TU.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_INDEXER_H
#define DECOUPLE_DRIVER_INDEXER_H

#include "driver/CompileDatabase.h"
#include "driver/Progress.h"
#include "driver/SharedHeaders.h"
#include "index/ShardStore.h"
#include "rules/RuleSet.h"

namespace decouple {

struct IndexOptions {
  std::string IndexDir;
  std::string ProjectRoot; // bodies outside it are skipped
  std::string IndexRoot;   // stored paths are relative to it
  unsigned Jobs = 1;
  unsigned ShardIndex = 0, ShardCount = 1; // --shard i/N
  unsigned TimeoutSeconds = 600;
  Progress::Style ProgressStyle = Progress::Style::Auto;
  bool Explain = false; // say why each TU is re-extracted
  /// When set, each shard is linked into it as it is read and the loaded
  /// shards keep only their heads (ShardStore::readInto); the caller
  /// finalizes the graph.
  ProgramGraph *LinkInto = nullptr;
  bool SharedHeaders = true; // precompile shared leading includes (--no-shared-headers)
  bool Verbose = false;      // say what the shared headers did
};

struct IndexStats {
  size_t Tus = 0, Reextracted = 0, UpToDate = 0, Failed = 0,
         TusWithErrors = 0, Removed = 0; // Removed: orphan shards deleted
  uint64_t Functions = 0, Edges = 0, UnresolvedIndirect = 0;
  double Seconds = 0;
  long MaxWorkerRssKb = 0;
  SharedHeaderStats Shared;
};

/// The tool version that goes into shard keys ($DECOUPLE_TOOL_VERSION
/// overrides it, so tests can simulate an upgrade).
std::string toolVersion();

class Indexer {
public:
  Indexer(const CompileDatabase &DB, const RuleSet &Rules, IndexOptions Options)
      : DB(DB), Rules(Rules), Options(std::move(Options)),
        Store(this->Options.IndexDir, this->Options.IndexRoot) {}

  /// Updates the index. Every problem (failed TUs, partial parses) goes to
  /// stderr as it happens; the loaded shards are returned in \p Shards.
  IndexStats run(std::vector<Shard> &Shards);

private:
  const CompileDatabase &DB;
  const RuleSet &Rules;
  IndexOptions Options;
  ShardStore Store;

  std::vector<const CompileCommand *> slice() const;
  /// run() without the lock and the interrupt handling.
  IndexStats update(std::vector<Shard> &Shards);
  /// Runs extraction for the given TUs; returns those that failed.
  std::vector<const CompileCommand *>
  extract(const std::vector<const CompileCommand *> &TUs, IndexStats &Stats,
          class WorkerLauncher &Launcher,
          const SharedHeaders *Shared = nullptr);
};

/// Runs one TU's extraction in this process and writes its shard. Returns
/// false with a reason when no AST could be built. The shard goes to
/// \p OutputPath, else to its place in \p Store. With \p Preamble the TU
/// is parsed on that PCH; where it cannot be (see ExtractAction), it is
/// parsed again without it and \p FellBack says why.
bool extractOne(const CompileCommand &C, const RuleSet &Rules,
                const ShardStore &Store, const std::string &ProjectRoot,
                std::string &Error, const std::string &OutputPath = "",
                const SharedPreambleUse *Preamble = nullptr,
                std::string *FellBack = nullptr);

} // namespace decouple

#endif
