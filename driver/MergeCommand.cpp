//===- MergeCommand.cpp - decouple merge: link shard directories, report ---===//
#include "driver/AnalyseAndReport.h"
#include "driver/Commands.h"
#include "driver/Project.h"
#include "index/IndexManifest.h"
#include "support/Paths.h"

#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {

namespace {

/// Copies merged shards into one index directory, with its manifest.
void copyInto(const std::string &Dir, const ProjectSession &S,
              const std::vector<Shard> &Shards) {
  ShardStore Into(normalizePath(Dir), S.IndexRoot);
  IndexManifest Manifest;
  Manifest.Root = S.IndexRoot;
  Manifest.ProjectRoot = S.ProjectRoot;
  std::string Error;
  for (const Shard &Sh : Shards) {
    // The compile directory is not in a shard: name it by the main file.
    std::string Path = Into.pathFor(Sh.Summary.MainFile, "");
    if (!Into.write(Path, Sh, Error))
      llvm::errs() << "decouple: warning: " << Error << "\n";
    Manifest.add(Path, Sh);
  }
  if (!Manifest.save(IndexManifest::pathIn(Into.directory()), Error))
    llvm::errs() << "decouple: warning: " << Error << "\n";
}

} // namespace

int runMerge(const Options &O) {
  auto Start = Clock::now();
  std::vector<Shard> Shards;
  ProjectSession S;
  if (!openShardDirs(O, Shards, S))
    return ExitUsage;
  if (!O.Into.empty())
    copyInto(O.Into, S, Shards);
  auto LinkStart = Clock::now();
  size_t Tus = Shards.size();
  ProgramGraph G = link(std::move(Shards));
  nlohmann::json Stats = {{"tus", Tus}, {"link_seconds", secondsSince(LinkStart)}};
  int Exit = analyseAndReport(O, S, G, FileFilter(), Stats);
  Stats["seconds"] = secondsSince(Start);
  if (O.Stats == "json")
    llvm::errs() << Stats.dump() << "\n";
  return Exit;
}

} // namespace decouple
