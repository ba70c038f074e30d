//===- Project.h - What the subcommands share: session, index, link -*- C++ -*-===//
//
// The steps check, baseline, index, merge and map take in common: open the
// session from the command line, load the compile database, bring the index
// up to date, load merge's shard directories, link shards into one program,
// and filter and finish the checks' findings.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_PROJECT_H
#define DECOUPLE_DRIVER_PROJECT_H

#include "analysis/Analysis.h"
#include "checks/CouplingCheck.h"
#include "driver/CommandLine.h"
#include "driver/CompileDatabase.h"
#include "driver/Indexer.h"
#include "session/ProjectSession.h"
#include "session/SourceLines.h"

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace decouple {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point Start);

void printErrors(const std::vector<std::string> &Errors);

/// The session request every command builds from the same options.
SessionRequest requestFrom(const Options &O, const std::string &DefaultRoot,
                           const std::string &DefaultIndexDir);
/// Opens \p S, printing why on failure.
bool openSession(const SessionRequest &R, ProjectSession &S);

/// A compile database plus the session over its sources.
struct Project {
  ProjectSession Session;
  CompileDatabase DB;
};

/// Loads -p's compile database and opens the session over it. Prints why on
/// failure.
bool openProject(const Options &O, Project &P);

/// Brings the index up to date (re-extracting what changed) and loads every
/// TU's shard into \p Shards. With \p LinkInto, each shard is linked into
/// it as it is read and \p Shards get only the heads (ShardStore::readInto);
/// the caller finalizes the graph.
IndexStats updateIndex(const Options &O, const Project &P,
                       std::vector<Shard> &Shards,
                       ProgramGraph *LinkInto = nullptr);

/// What a command that links the whole program and then exits works on:
/// the shards' heads and the graph, linked while the index is read.
struct LinkedProgram {
  std::vector<Shard> Heads;
  ProgramGraph Graph;
  IndexStats Index;
};
/// Brings the index up to date and links it (finalized). The result is
/// never freed, like clang's -disable-free: freeing a 100,000-TU program
/// is a tenth of the run (docs/performance.md); llvm::BuryPointer keeps it
/// reachable for leak checkers. Only for commands that exit afterwards.
LinkedProgram &indexAndLinkUnfreed(const Options &O, const Project &P);

/// The shards of merge's (and map's) inputs: index directories, folders of
/// bare shards (decouple extract, the Bazel aspect) or shard files; the first
/// copy of a TU wins. Opens the session over the roots the first input
/// records. Prints why on failure.
bool openShardDirs(const Options &O, std::vector<Shard> &Shards,
                   ProjectSession &S);

/// Links the shards into one program, consuming them.
ProgramGraph link(std::vector<Shard> &&Shards);

/// The index's figures, as --stats=json prints them.
nlohmann::json indexStats(const IndexStats &St, const ProgramGraph &G);

/// The file and directory filters of `check`, normalised. Each must name a
/// TU, a directory holding one, or a header some TU includes.
struct FileFilter {
  std::vector<std::string> Paths;

  /// With --since: only findings whose location or a witness step lies in
  /// one of these files (the changed files, the affected TUs' main files).
  std::optional<std::set<std::string>> Touching;

  bool build(const std::vector<std::string> &Args,
             const std::vector<Shard> &Shards);
  /// --since \p Rev (driver/ChangedSince.h), git run in \p Root. Records
  /// the counts in \p Stats; prints why on failure.
  bool restrictToChangedSince(const std::string &Rev, const std::string &Root,
                              const std::vector<Shard> &Shards,
                              nlohmann::json &Stats);
  bool keeps(const Finding &F) const;
};

/// One linked program analysed and checked: what check, merge and map
/// report from.
struct CheckedProgram {
  std::vector<std::unique_ptr<CouplingCheck>> Checks;
  std::optional<Analysis> A;
  SourceLines Lines;
  FindingCounts Counts;
  std::vector<Finding> Findings; // post-processed by the session, filtered
};

/// Creates the checks --checks names (none is allowed with \p AllowNone: a
/// budget-only run), analyses \p G and runs them. False, the errors
/// printed, on a bad --checks.
bool checkProgram(const Options &O, const ProjectSession &S,
                  const ProgramGraph &G, const FileFilter &Filter,
                  bool AllowNone, CheckedProgram &Out);

} // namespace decouple

#endif
