//===- Driver.cpp - Commands: check, index, merge, rules ------------------===//
#include "driver/Driver.h"
#include "checks/Incomplete.h"
#include "driver/Baseline.h"
#include "driver/Budget.h"
#include "driver/CommandLine.h"
#include "driver/CompileDatabase.h"
#include "driver/ExtractCommand.h"
#include "driver/Indexer.h"
#include "driver/MapCommand.h"
#include "driver/Report.h"
#include "index/IndexManifest.h"
#include "index/RuleMatcher.h"
#include "index/ShardDump.h"
#include "index/ShardKey.h"
#include "session/ProjectSession.h"
#include "support/Paths.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <nlohmann/json.hpp>

namespace decouple {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point Start) {
  return std::chrono::duration<double>(Clock::now() - Start).count();
}

void printErrors(const std::vector<std::string> &Errors) {
  for (const std::string &E : Errors)
    llvm::errs() << E << "\n";
}

/// The session request every command builds from the same options.
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

/// A compile database plus the session over its sources.
struct Project {
  ProjectSession Session;
  CompileDatabase DB;
};

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
                       std::vector<Shard> &Shards) {
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
  return Indexer(P.DB, P.Session.Rules, IO).run(Shards);
}

ProgramGraph link(const std::vector<Shard> &Shards) {
  ProgramGraph G;
  for (const Shard &S : Shards)
    G.add(S.Summary);
  G.finalize();
  return G;
}

/// The file and directory filters of `check`, normalised. Each must name a
/// TU, a directory holding one, or a header some TU includes.
struct FileFilter {
  std::vector<std::string> Paths;

  bool build(const std::vector<std::string> &Args,
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
  bool keeps(const Finding &F) const {
    return Paths.empty() || llvm::any_of(Paths, [&](const std::string &P) {
             return isUnderDirectory(F.Loc.File, P);
           });
  }
};

/// The enabled checks' findings, post-processed by the session.
std::vector<Finding> findingsOf(const Analysis &A,
                                const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                                const ProjectSession &S, const FileFilter &Filter,
                                SourceLines &Lines, FindingCounts &Counts) {
  std::vector<Finding> All;
  for (const auto &C : Checks)
    C->run(A, All);
  markPossiblyIncomplete(A, All);
  llvm::erase_if(All, [&](const Finding &F) { return !Filter.keeps(F); });
  S.finishFindings(All, Lines, Counts);
  return All;
}

/// What the gates did: the findings a baseline hid, its stale entries, the
/// budget's breaches.
struct GateResult {
  int Exit = ExitClean;
  bool HasBaseline = false;
  BaselineMatch Match;
  std::vector<BudgetBreach> Breaches;
};

/// --color: always, never, or auto: when the report goes to a terminal.
bool useColor(const Options &O, llvm::raw_ostream &OS) {
  if (O.Color == "auto")
    return O.OutputFile.empty() && OS.is_displayed();
  return O.Color == "always";
}

/// The end summary's second line: findings per check, services, sync
/// edges, the longest chain.
void printShape(const std::vector<Finding> &Findings, const Analysis &A) {
  std::map<std::string, size_t> PerCheck;
  for (const Finding &F : Findings)
    ++PerCheck[F.CheckId];
  auto [SyncEdges, Chain] = syncShape(A);
  llvm::errs() << "decouple:";
  const char *Sep = " ";
  for (const auto &[Check, N] : PerCheck) {
    llvm::errs() << Sep << Check << " " << N;
    Sep = ", ";
  }
  llvm::errs() << (PerCheck.empty() ? " " : "; ") << A.Services.services().size()
               << " service(s), " << SyncEdges << " sync edge(s), longest sync chain "
               << Chain << " hop(s)\n";
}

bool writeFindings(const Options &O, const ProjectSession &S,
                   const std::vector<Finding> &Findings,
                   const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                   SourceLines &Lines, const SarifRunInfo &Run) {
  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!O.OutputFile.empty()) {
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(O.OutputFile, EC);
    if (EC) {
      llvm::errs() << O.OutputFile << ": error: " << EC.message() << "\n";
      return false;
    }
  }
  llvm::raw_ostream &OS = File ? *File : llvm::outs();
  if (O.Format == "sarif")
    SarifWriter({S.ProjectRoot, O.HelpUriBase.empty() ? DECOUPLE_INSTALLED_DOCS_URI
                                                      : O.HelpUriBase})
        .write(OS, Findings, Checks, Lines, Run);
  else if (O.Format == "json")
    writeJson(OS, Findings,
              {Run.NoLint ? Run.NoLint->size() : 0,
               Run.Baselined ? Run.Baselined->size() : 0, Run.Excluded});
  else if (O.Format == "gitlab")
    writeGitLabCodeQuality(OS, Findings, S.ProjectRoot);
  else
    writeText(OS, Findings, Lines, {useColor(O, OS), O.Quiet});
  OS.flush();
  return true;
}

/// Baseline and budget, written or enforced.
GateResult applyGates(const Options &O, const ProjectSession &S,
                      const Analysis &A, std::vector<Finding> &Findings,
                      SourceLines &Lines) {
  GateResult G;
  std::string Error;
  Baseline Old;
  bool HaveOld = !O.Baseline.empty();
  if (HaveOld && !readBaseline(O.Baseline, Old, Error)) {
    llvm::errs() << Error << "\n";
    G.Exit = ExitUsage;
    return G;
  }
  if (!O.WriteBaseline.empty() &&
      !writeBaseline(O.WriteBaseline, Findings, S.ProjectRoot,
                     HaveOld ? &Old : nullptr, Error)) {
    llvm::errs() << "decouple: error: " << Error << "\n";
    G.Exit = ExitUsage;
    return G;
  }
  if (HaveOld) {
    G.HasBaseline = true;
    G.Match = applyBaseline(Old, Findings, [&](const Finding &F) {
      return legacyFingerprint(F, S.ProjectRoot, Lines);
    });
    if (Old.Version == 1)
      llvm::errs() << O.Baseline << ": note: a version 1 baseline (no column or "
                   << "occurrence in its fingerprints); 'decouple baseline -p "
                   << "<build> -o " << O.Baseline << "' upgrades it\n";
    for (const BaselineEntry &E : G.Match.Stale)
      llvm::errs() << O.Baseline << ": note: stale entry, no finding matches it: "
                   << (E.File.empty() ? "" : E.File + ":" + std::to_string(E.Line) + ": ")
                   << (E.CheckId.empty() ? "" : "[" + E.CheckId + "] ")
                   << (E.Message.empty() ? "" : E.Message + " ")
                   << "(fingerprint " << E.Fingerprint << ")\n";
  }
  if (!O.WriteBudget.empty() && !writeBudget(O.WriteBudget, A)) {
    llvm::errs() << O.WriteBudget << ": error: cannot write the budget\n";
    G.Exit = ExitUsage;
    return G;
  }
  if (!O.Budget.empty()) {
    int Violations = checkBudget(O.Budget, A, &G.Breaches);
    if (Violations < 0)
      G.Exit = ExitUsage;
    else if (Violations > 0)
      G.Exit = ExitFindings;
  }
  return G;
}

/// Analyses a linked program and reports: the part check and merge share.
int analyseAndReport(const Options &O, const ProjectSession &S,
                     const ProgramGraph &G, const FileFilter &Filter,
                     nlohmann::json &Stats) {
  auto Start = Clock::now();
  std::vector<std::unique_ptr<CouplingCheck>> Checks;
  std::vector<std::string> Errors;
  bool BudgetOnly = !O.Budget.empty() || !O.WriteBudget.empty();
  if (!S.createChecks(O.Checks, Checks, Errors, BudgetOnly)) {
    printErrors(Errors);
    return ExitUsage;
  }
  Analysis A(G, S.Rules, S.Config);
  SourceLines Lines;
  FindingCounts Counts;
  std::vector<Finding> Findings = findingsOf(A, Checks, S, Filter, Lines, Counts);
  GateResult Gates = applyGates(O, S, A, Findings, Lines);
  int Exit = Gates.Exit;
  if (Exit == ExitUsage)
    return Exit;
  size_t Hidden = Gates.Match.Known.size();
  Stats["analysis_seconds"] = secondsSince(Start);
  SarifRunInfo Run;
  Run.NoLint = &Counts.NoLintSuppressed;
  Run.Baselined = Gates.HasBaseline ? &Gates.Match.Known : nullptr;
  Run.PartialTus = G.partialTus();
  Run.BudgetBreaches = Gates.Breaches;
  Run.Excluded = Counts.Excluded;
  if (O.WriteReport && !writeFindings(O, S, Findings, Checks, Lines, Run))
    return ExitUsage;
  if (llvm::any_of(Findings, [&](const Finding &F) {
        return failsRun(F, S.Config, O.FailOn);
      }))
    Exit = ExitFindings;
  printErrors(Counts.NoLintProblems);
  if (!Counts.NoLintProblems.empty())
    Exit = ExitFindings;
  if (!O.Quiet && (O.Format == "text" || !O.OutputFile.empty() || !O.WriteReport)) {
    llvm::errs() << "decouple: " << Findings.size() << " finding(s) in "
                 << A.Paths.size() << " entry point(s); " << G.stats().Tus
                 << " TU(s) linked";
    if (G.stats().TusWithErrors)
      llvm::errs() << ", " << G.stats().TusWithErrors
                   << " with compile errors (partial)";
    if (Counts.SuppressedByNoLint)
      llvm::errs() << "; " << Counts.SuppressedByNoLint << " suppressed by NOLINT";
    if (Counts.Excluded)
      llvm::errs() << "; " << Counts.Excluded << " in excluded paths";
    if (Hidden)
      llvm::errs() << "; " << Hidden << " hidden by the baseline";
    llvm::errs() << "\n";
    printShape(Findings, A);
    if (O.Verbose)
      for (const std::string &Tu : G.partialTus())
        llvm::errs() << Tu << ": note: compile errors; its findings may be partial\n";
  }
  return Exit;
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
          {"max_worker_rss_kb", St.MaxWorkerRssKb}};
}

int listChecks() {
  for (const auto &C : createAllChecks())
    llvm::outs() << llvm::left_justify(C->id(), 40) << " " << C->summary() << "\n";
  return ExitClean;
}

int runCheck(const Options &O) {
  if (O.ListChecks)
    return listChecks();
  Project P;
  if (!openProject(O, P))
    return ExitUsage;
  auto Start = Clock::now();
  std::vector<Shard> Shards;
  IndexStats IS = updateIndex(O, P, Shards);
  FileFilter Filter;
  if (!Filter.build(O.Positional, Shards))
    return ExitUsage;
  auto LinkStart = Clock::now();
  ProgramGraph G = link(Shards);
  nlohmann::json Stats = indexStats(IS, G);
  Stats["index_seconds"] = IS.Seconds;
  Stats["link_seconds"] = secondsSince(LinkStart);
  int Exit = analyseAndReport(O, P.Session, G, Filter, Stats);
  Stats["seconds"] = secondsSince(Start);
  if (O.Stats == "json")
    llvm::errs() << Stats.dump() << "\n";
  if (IS.Failed && Exit == ExitClean)
    llvm::errs() << "decouple: warning: " << IS.Failed
                 << " TU(s) could not be analysed; findings may be missing\n";
  return Exit;
}

/// 'baseline': check, writing only the baseline file; exit 0 on findings.
int runBaseline(const Options &O) {
  Options C = O;
  C.WriteBaseline = O.OutputFile.empty() ? ".decouple-baseline.json" : O.OutputFile;
  C.OutputFile.clear();
  C.WriteReport = false;
  int Exit = runCheck(C);
  if (Exit == ExitUsage)
    return Exit;
  llvm::errs() << "decouple: wrote the baseline " << C.WriteBaseline << "\n";
  return ExitClean;
}

int runIndex(const Options &O) {
  if (!O.Dump.empty()) {
    Shard Sh;
    std::string Why;
    ShardStatus St = ShardStore("").read(O.Dump, Sh, Why);
    if (St != ShardStatus::Ok) {
      llvm::errs() << O.Dump << ": error: cannot read shard ("
                   << shardStatusName(St) << "): " << Why << "\n";
      return ExitUsage;
    }
    dumpShard(Sh, llvm::outs());
    return ExitClean;
  }
  Project P;
  if (!openProject(O, P))
    return ExitUsage;
  std::vector<Shard> Shards;
  IndexStats IS = updateIndex(O, P, Shards);
  ProgramGraph G = link(Shards);
  if (O.Stats == "json")
    llvm::outs() << indexStats(IS, G).dump() << "\n";
  else
    llvm::errs() << "decouple: indexed " << IS.Tus << " TU(s): "
                 << IS.Reextracted << " re-extracted, " << IS.UpToDate
                 << " up to date, " << IS.Failed << " failed"
                 << (IS.Removed ? ", " + std::to_string(IS.Removed) +
                                      " orphan shard(s) removed"
                                : "")
                 << "; " << G.stats().Functions << " functions, "
                 << G.stats().Edges << " call edges, " << IS.UnresolvedIndirect
                 << " unresolved indirect calls ("
                 << llvm::format("%.2f", IS.Seconds) << " s)\n";
  return IS.Failed ? ExitFindings : ExitClean;
}

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
    Manifest.Entries[llvm::sys::path::filename(Path).str()] =
        ManifestEntry::fromShard(Sh);
  }
  if (!Manifest.save(IndexManifest::pathIn(Into.directory()), Error))
    llvm::errs() << "decouple: warning: " << Error << "\n";
}

/// The shards of merge's (and map's) inputs: index directories, folders of
/// bare shards (decouple extract, the Bazel aspect) or shard files; the first
/// copy of a TU wins. Opens the session over the roots the first input
/// records. Prints why on failure.
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

int runMerge(const Options &O) {
  auto Start = Clock::now();
  std::vector<Shard> Shards;
  ProjectSession S;
  if (!openShardDirs(O, Shards, S))
    return ExitUsage;
  if (!O.Into.empty())
    copyInto(O.Into, S, Shards);
  auto LinkStart = Clock::now();
  ProgramGraph G = link(Shards);
  nlohmann::json Stats = {{"tus", Shards.size()}, {"link_seconds", secondsSince(LinkStart)}};
  int Exit = analyseAndReport(O, S, G, FileFilter(), Stats);
  Stats["seconds"] = secondsSince(Start);
  if (O.Stats == "json")
    llvm::errs() << Stats.dump() << "\n";
  return Exit;
}

/// decouple map: the linked program's service map, from -p <build> (as
/// check) or from merge's index directories.
int mapOf(const Options &O, const ProjectSession &S, const ProgramGraph &G,
          const FileFilter &Filter) {
  std::vector<std::unique_ptr<CouplingCheck>> Checks;
  std::vector<std::string> Errors;
  if (!S.createChecks(O.Checks, Checks, Errors, false)) {
    printErrors(Errors);
    return ExitUsage;
  }
  Analysis A(G, S.Rules, S.Config);
  SourceLines Lines;
  FindingCounts Counts;
  return writeOrDiffMap(O, S, A, findingsOf(A, Checks, S, Filter, Lines, Counts));
}

int runMap(const Options &O) {
  std::vector<Shard> Shards;
  if (!O.BuildDir.empty()) {
    Project P;
    if (!openProject(O, P))
      return ExitUsage;
    updateIndex(O, P, Shards);
    FileFilter Filter;
    if (!Filter.build(O.Positional, Shards))
      return ExitUsage;
    return mapOf(O, P.Session, link(Shards), Filter);
  }
  ProjectSession S;
  if (!openShardDirs(O, Shards, S))
    return ExitUsage;
  return mapOf(O, S, link(Shards), FileFilter());
}

int runRules(const Options &O) {
  if (O.Validate) {
    if (O.Positional.empty())
      return usage("--validate needs rule files"), ExitUsage;
    bool Ok = true;
    for (const std::string &F : O.Positional) {
      RuleSet Set;
      std::vector<std::string> Errors;
      if (loadRulePack(F, Set, Errors) &&
          (Errors = matcherProblems(Set)).empty()) {
        llvm::outs() << F << ": ok, " << Set.Rules.size() << " rule(s)\n";
      } else {
        printErrors(Errors);
        Ok = false;
      }
    }
    return Ok ? ExitClean : ExitUsage;
  }
  if (!O.List)
    return usage("'rules' needs --list or --validate"), ExitUsage;
  ProjectSession S;
  if (!openSession(requestFrom(O, normalizePath("."), ""), S))
    return ExitUsage;
  for (const Rule &R : S.Rules.Rules)
    llvm::outs() << llvm::left_justify(R.Id, 36) << " "
                 << llvm::left_justify(roleName(R.Kind), 22) << " "
                 << llvm::sys::path::filename(R.Pack) << "\n";
  llvm::errs() << S.Rules.Rules.size() << " rule(s) from "
               << S.Rules.Sources.size() << " pack(s)\n";
  return ExitClean;
}

} // namespace

int runDriver(int Argc, const char **Argv) {
  if (Argc >= 2 && (std::string(Argv[1]) == "--help" || std::string(Argv[1]) == "-h" ||
                    std::string(Argv[1]) == "help")) {
    printHelp("");
    return ExitClean;
  }
  if (Argc >= 2 && std::string(Argv[1]) == "--version") {
    llvm::outs() << "decouple " << DECOUPLE_VERSION << " (LLVM "
                 << LLVM_VERSION_STRING << ")\n";
    return ExitClean;
  }
  Options O;
  if (!parseArgs(Argc, Argv, O))
    return ExitUsage;
  static const std::pair<const char *, int (*)(const Options &)> Commands[] = {
      {"check", runCheck}, {"index", runIndex}, {"merge", runMerge}, {"rules", runRules},
      {"map", runMap}, {"extract", runExtract}, {"baseline", runBaseline}};
  for (const auto &[Name, Run] : Commands) {
    if (O.Command != Name)
      continue;
    if (O.Help) {
      printHelp(Name);
      return ExitClean;
    }
    return Run(O);
  }
  usage("unknown command '" + O.Command + "'; expected check, index, merge, map, extract, baseline or rules");
  return ExitUsage;
}

} // namespace decouple
