//===- Project.cpp - What the subcommands share: session, index, link -----===//
#include "driver/Project.h"
#include "checks/Incomplete.h"
#include "driver/ChangedSince.h"
#include "index/IndexManifest.h"
#include "index/ShardDump.h"
#include "index/ShardKey.h"
#include "support/Paths.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

namespace decouple {

double secondsSince(Clock::time_point Start) {
  return std::chrono::duration<double>(Clock::now() - Start).count();
}

void printErrors(const std::vector<std::string> &Errors) {
  for (const std::string &E : Errors)
    llvm::errs() << E << "\n";
}

SessionRequest requestFrom(const Options &O, const std::string &DefaultRoot,
                           const std::string &DefaultIndexDir) {
  SessionRequest R;
  R.ConfigFile = O.ConfigFile;
  R.SearchFrom = DefaultRoot;
  R.ExtraRuleFiles = O.RuleFiles;
  R.ProjectRoot = O.ProjectRoot;
  R.DefaultRoot = DefaultRoot;
  R.IndexDir = O.IndexDir;
  R.DefaultIndexDir = DefaultIndexDir;
  return R;
}

bool openSession(const SessionRequest &R, ProjectSession &S) {
  std::vector<std::string> Errors;
  bool Ok = S.open(R, Errors);
  printErrors(Errors);
  return Ok;
}

bool openProject(const Options &O, Project &P) {
  if (O.BuildDir.empty())
    return usage("'" + O.Command + "' needs -p <build-dir>");
  std::vector<std::string> Errors;
  if (!loadCompileDatabase(O.BuildDir, P.DB, Errors,
                           {O.ExtraArgs, O.ExtraArgsBefore, O.RemoveArgs})) {
    printErrors(Errors);
    return false;
  }
  if (P.DB.Commands.empty()) {
    llvm::errs() << P.DB.Path << ": error: the compile database lists no TUs\n";
    return false;
  }
  llvm::SmallString<256> DefaultIndex(llvm::sys::path::parent_path(P.DB.Path));
  llvm::sys::path::append(DefaultIndex, ".decouple");
  SessionRequest R = requestFrom(O, commonSourceRoot(P.DB), std::string(DefaultIndex));
  R.BuildDir = llvm::sys::path::parent_path(P.DB.Path).str();
  if (!openSession(R, P.Session))
    return false;
  unsigned Plugins = 0;
  for (CompileCommand &C : P.DB.Commands) {
    Plugins += C.DroppedPlugins;
    C.Digest = commandDigest(C.Directory, C.Arguments, P.Session.IndexRoot);
  }
  if (Plugins)
    llvm::errs() << "decouple: note: ignored flags that load code or pick "
                 << "other programs in " << Plugins << " compile command(s); "
                 << "decouple never runs or loads what a compile database "
                 << "names (docs/security.md)\n";
  if (P.DB.Duplicates)
    llvm::errs() << "decouple: note: " << P.DB.Duplicates
                 << " duplicate compile command(s) for the same file ignored\n";
  return true;
}

IndexStats updateIndex(const Options &O, const Project &P,
                       std::vector<Shard> &Shards, ProgramGraph *LinkInto) {
  IndexOptions IO;
  IO.IndexDir = P.Session.IndexDir;
  IO.ProjectRoot = P.Session.ProjectRoot;
  IO.IndexRoot = P.Session.IndexRoot;
  IO.Jobs = O.Jobs;
  IO.ShardIndex = O.ShardIndex;
  IO.ShardCount = O.ShardCount;
  IO.TimeoutSeconds = O.Timeout;
  IO.ProgressStyle = O.ProgressStyle;
  IO.Explain = O.Explain;
  IO.LinkInto = LinkInto;
  IO.SharedHeaders = O.SharedHeaders;
  IO.Verbose = O.Verbose;
  return Indexer(P.DB, P.Session.Rules, IO).run(Shards);
}

LinkedProgram &indexAndLinkUnfreed(const Options &O, const Project &P) {
  auto *L = new LinkedProgram;
  llvm::BuryPointer(L);
  L->Index = updateIndex(O, P, L->Heads, &L->Graph);
  return *L;
}

ProgramGraph link(std::vector<Shard> &&Shards) {
  ProgramGraph G;
  // Each shard is freed once it is in the graph, so the program is never
  // held twice (at 100,000 TUs that is gigabytes: docs/performance.md).
  for (Shard &S : Shards) {
    G.add(S.Summary);
    S = Shard();
  }
  Shards.clear();
  G.finalize();
  return G;
}

bool FileFilter::build(const std::vector<std::string> &Args,
           const std::vector<Shard> &Shards) {
  bool Ok = true;
  for (const std::string &A : Args) {
    std::string P = normalizePath(A);
    bool Names = llvm::any_of(Shards, [&](const Shard &S) {
      return isUnderDirectory(S.Summary.MainFile, P) ||
             llvm::any_of(S.Summary.Includes, [&](const IncludedFile &F) {
               return F.Path == P;
             });
    });
    if (!Names) {
      llvm::errs() << A << ": error: "
                   << (llvm::sys::fs::exists(P) ? "names no TU of the compile "
                                                  "database and no header they include"
                                                : "no such file or directory")
                   << "\n";
      Ok = false;
    }
    Paths.push_back(P);
  }
  return Ok;
}

bool FileFilter::restrictToChangedSince(const std::string &Rev, const std::string &Root,
                                        const std::vector<Shard> &Shards,
                                        nlohmann::json &Stats) {
  std::set<std::string> Changed;
  std::string Error;
  if (!changedFilesSince(Rev, Root, Changed, Error)) {
    llvm::errs() << "decouple: error: " << Error << "\n";
    return false;
  }
  // Only files some TU reads matter (not the build directory, docs, ...).
  std::set<std::string> Read;
  for (const Shard &S : Shards) {
    Read.insert(S.Summary.MainFile);
    for (const IncludedFile &F : S.Summary.Includes)
      Read.insert(F.Path);
  }
  std::erase_if(Changed, [&](const std::string &F) { return !Read.count(F); });
  std::set<std::string> Tus = affectedTus(Shards, Changed);
  Stats["since_changed_files"] = Changed.size();
  Stats["since_affected_tus"] = Tus.size();
  Changed.insert(Tus.begin(), Tus.end());
  Touching = std::move(Changed);
  return true;
}

bool FileFilter::keeps(const Finding &F) const {
  auto InPaths = [&](const std::string &File) {
    return llvm::any_of(Paths, [&](const std::string &P) { return isUnderDirectory(File, P); });
  };
  if (!Paths.empty() && !InPaths(F.Loc.File))
    return false;
  return !Touching || Touching->count(F.Loc.File) ||
         llvm::any_of(F.Notes, [&](const FindingNote &N) { return Touching->count(N.Loc.File) > 0; });
}

bool checkProgram(const Options &O, const ProjectSession &S,
                  const ProgramGraph &G, const FileFilter &Filter,
                  bool AllowNone, CheckedProgram &Out) {
  std::vector<std::string> Errors;
  if (!S.createChecks(O.Checks, Out.Checks, Errors, AllowNone)) {
    printErrors(Errors);
    return false;
  }
  const Analysis &A = Out.A.emplace(G, S.Rules, S.Config);
  std::vector<Finding> &All = Out.Findings;
  for (const auto &C : Out.Checks)
    C->run(A, All);
  markPossiblyIncomplete(A, All);
  llvm::erase_if(All, [&](const Finding &F) { return !Filter.keeps(F); });
  S.finishFindings(All, Out.Lines, Out.Counts);
  return true;
}

nlohmann::json indexStats(const IndexStats &St, const ProgramGraph &G) {
  return {{"tus", St.Tus},
          {"reextracted", St.Reextracted},
          {"up_to_date", St.UpToDate},
          {"failed", St.Failed},
          {"removed", St.Removed},
          {"tus_with_errors", St.TusWithErrors},
          {"functions", G.stats().Functions},
          {"edges", G.stats().Edges},
          {"sites", G.stats().Sites},
          {"unresolved_indirect", St.UnresolvedIndirect},
          {"seconds", St.Seconds},
          {"max_worker_rss_kb", St.MaxWorkerRssKb},
          {"shared_headers",
           {{"built", St.Shared.Built},
            {"reused", St.Shared.Reused},
            {"build_failed", St.Shared.BuildFailed},
            {"tus", St.Shared.Tus},
            {"fallbacks", St.Shared.Fallbacks},
            {"removed", St.Shared.Removed}}}};
}

bool openShardDirs(const Options &O, std::vector<Shard> &Shards,
                   ProjectSession &S) {
  if (O.Positional.empty())
    return usage(O.Command == "map"
                     ? "'map' needs -p <build-dir>, index directories or shards"
                     : "'" + O.Command + "' needs index directories, shard directories or shard files");
  std::set<std::string> Seen;
  IndexManifest Roots;
  // Shards without a manifest store paths relative to the project root: by
  // default the current directory.
  std::string BareRoot = normalizePath(O.ProjectRoot.empty() ? "." : O.ProjectRoot);
  for (const std::string &Dir : O.Positional) {
    std::vector<Shard> Loaded;
    std::vector<std::string> Notes;
    IndexManifest DirRoots;
    if (!llvm::sys::fs::exists(IndexManifest::pathIn(Dir))) {
      if (loadShardFiles(Dir, BareRoot, Loaded, Notes) != ShardStatus::Ok)
        return printErrors(Notes), false;
      if (Loaded.empty()) {
        llvm::errs() << Dir << ": error: not an index directory (no readable "
                     << "manifest.bin) and no .shard files below it; make one "
                     << "with 'decouple index' or 'decouple extract'\n";
        return false;
      }
      DirRoots.Root = DirRoots.ProjectRoot = BareRoot;
    } else if (loadListedShards(Dir, Loaded, Notes, &DirRoots) != ShardStatus::Ok) {
      llvm::errs() << Dir << ": error: not an index directory (no readable "
                   << "manifest.bin); make one with 'decouple index'\n";
      printErrors(Notes);
      return false;
    }
    for (const std::string &N : Notes)
      llvm::errs() << N << "\n";
    if (Roots.Root.empty())
      Roots = DirRoots;
    for (Shard &Sh : Loaded)
      if (Seen.insert(Sh.Summary.MainFile).second) // one TU in two jobs: the first
        Shards.push_back(std::move(Sh));
  }
  SessionRequest R = requestFrom(O, Roots.ProjectRoot, "");
  R.IndexRoot = Roots.Root;
  return openSession(R, S);
}

} // namespace decouple
