//===- Driver.cpp - Commands: check, index, merge, rules ------------------===//
#include "driver/Driver.h"
#include "analysis/Analysis.h"
#include "checks/CouplingCheck.h"
#include "driver/CompileDatabase.h"
#include "driver/Indexer.h"
#include "driver/Report.h"
#include "index/IndexManifest.h"
#include "support/JsonDocument.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

namespace decouple {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int ExitFindings = 1, ExitUsage = 2;

const char *MainHelp = R"(decouple - find synchronous coupling between services in C++ code

USAGE
  decouple check -p <build-dir> [options] [files...]
  decouple index -p <build-dir> [options]
  decouple index --dump <shard-file>
  decouple merge <index-dir>... [options]
  decouple rules --list | --validate <file>...
  decouple --version

COMMANDS
  check   Bring the index up to date, link it, and report coupling findings.
  index   Only bring the index up to date (per-TU shards in <build-dir>/.decouple).
  merge   Link index directories from several runs (CI shards) and report.
  rules   List the loaded rules or validate rule packs.

Run 'decouple <command> --help' for the options of a command.

EXAMPLES
  decouple check -p build                       # clang-style text findings
  decouple check -p build --format sarif -o decouple.sarif
  decouple index -p build -j8 --stats=json      # CI: index, print counts
  decouple index -p build --shard 1/4           # one slice of a CI matrix
  decouple merge shard-*/.decouple --format sarif

EXIT CODES
  0  no findings at or above --fail-on   1  findings, or a budget exceeded
  2  usage or input error
)";

const char *CommonHelp = R"(
INPUT
  -p <dir>              build directory with compile_commands.json (or the file)
  --index-dir <dir>     where shards live (default: <build-dir>/.decouple)
  --rules <file>        an extra rule pack (repeatable); adds to rules/builtin
  --config <file>       project config (default: nearest .decouple.json above
                        the sources)
  --project-root <dir>  function bodies outside it are skipped when parsing
                        (default: the directory holding every TU)
  -j <n>                worker processes (default: number of cores)
  --timeout <seconds>   per-TU extraction limit (default 600)
  --progress <mode>     auto, bar, lines or none (default auto: a bar on a
                        terminal, periodic lines elsewhere)
  --explain             say why each TU is re-indexed
)";

const char *CheckHelp = R"(decouple check -p <build-dir> [options] [files...]

Indexes what changed, links the whole program, walks every request path and
reports the coupling it finds. With files, only findings in those files are
reported (the analysis stays whole-program).
%COMMON%
OUTPUT
  --format <f>          text (default), sarif or json
  -o <file>             write the report there instead of stdout
  --checks <globs>      e.g. 'coupling-*,-coupling-fan-out' (default coupling-*)
  --fail-on <severity>  note, warning (default) or error
  --baseline <file>     report only findings whose fingerprint is not in it
  --write-baseline <f>  record the current findings' fingerprints
  --budget <file>       fail when a sync edge between services is new or the
                        longest sync chain is deeper than recorded
  --write-budget <file> record the current sync edges and chain depth
  --stats=json          print timings as JSON on stderr's last line
)";

const char *IndexHelp = R"(decouple index -p <build-dir> [options]
decouple index --dump <shard-file>

Extracts a summary per TU in worker processes and stores it as a shard keyed
by the include graph's contents, the compile command, the rule set and the
tool version. Only stale TUs are re-extracted; a TU that crashes or times
out is reported and skipped.
%COMMON%
  --shard <i>/<N>       index only slice i of N (1-based), for CI matrices
  --stats[=json]        print the counts; =json prints one JSON object last
  --dump <shard>        print a shard as JSON
)";

const char *MergeHelp = R"(decouple merge <index-dir>... [options]

Links the shards of several index directories (e.g. one per CI matrix job,
made with 'decouple index --shard i/N --index-dir ...') and reports, like
check. Options: --rules, --config, --format, -o, --checks, --fail-on,
--baseline, --budget, --stats=json, and --into <dir> to also copy the shards
into one index directory.
)";

const char *RulesHelp = R"(decouple rules --list [--rules <file>]...
decouple rules --validate <file>...

--list prints every loaded rule: id, role and pack. --validate checks rule
packs against the format (see rules/schema/rules.schema.json) and prints
each problem as file:line:col.
)";

struct Options {
  std::string Command;
  std::string BuildDir, IndexDir, ConfigFile, ProjectRoot;
  std::vector<std::string> RuleFiles, Positional;
  unsigned Jobs = std::max(1u, std::thread::hardware_concurrency());
  unsigned Timeout = 600, ShardIndex = 0, ShardCount = 1;
  Progress::Style ProgressStyle = Progress::Style::Auto;
  bool Explain = false, Help = false;
  std::string Format = "text", OutputFile, Checks = "coupling-*";
  Severity FailOn = Severity::Warning;
  std::string Baseline, WriteBaseline, Budget, WriteBudget, Dump, Into;
  std::string Stats; // "", "text", "json"
  bool List = false, Validate = false;
};

bool usage(const std::string &Message) {
  llvm::errs() << "decouple: error: " << Message
               << "\nRun 'decouple --help' for usage.\n";
  return false;
}

bool parseArgs(int Argc, const char **Argv, Options &O) {
  if (Argc < 2)
    return usage("no command given");
  O.Command = Argv[1];
  for (int I = 2; I < Argc; ++I) {
    std::string A = Argv[I];
    std::string Value;
    bool HasInline = false;
    if (A.rfind("--", 0) == 0 && A.find('=') != std::string::npos) {
      Value = A.substr(A.find('=') + 1);
      A = A.substr(0, A.find('='));
      HasInline = true;
    }
    auto Next = [&](std::string &Out) {
      if (HasInline) {
        Out = Value;
        return true;
      }
      if (I + 1 >= Argc)
        return usage(A + " needs a value");
      Out = Argv[++I];
      return true;
    };
    auto Number = [&](unsigned &Out) {
      std::string V;
      if (!Next(V))
        return false;
      char *End;
      long N = std::strtol(V.c_str(), &End, 10);
      if (V.empty() || *End || N < 1)
        return usage(A + " expects a positive number, got '" + V + "'");
      Out = static_cast<unsigned>(N);
      return true;
    };
    bool Ok = true;
    if (A == "-h" || A == "--help") O.Help = true;
    else if (A == "-p") Ok = Next(O.BuildDir);
    else if (A.rfind("-p", 0) == 0 && A.size() > 2 && A[2] != '-') O.BuildDir = A.substr(2);
    else if (A == "--index-dir") Ok = Next(O.IndexDir);
    else if (A == "--rules") { std::string F; Ok = Next(F); O.RuleFiles.push_back(F); }
    else if (A == "--config") Ok = Next(O.ConfigFile);
    else if (A == "--project-root") Ok = Next(O.ProjectRoot);
    else if (A == "-j") Ok = Number(O.Jobs);
    else if (A.rfind("-j", 0) == 0 && A.size() > 2) {
      O.Jobs = static_cast<unsigned>(std::max(1L, std::strtol(A.c_str() + 2, nullptr, 10)));
    }
    else if (A == "--timeout") Ok = Number(O.Timeout);
    else if (A == "--progress") {
      std::string V;
      Ok = Next(V) && (parseProgressStyle(V, O.ProgressStyle) ||
                       usage("--progress expects auto, bar, lines or none"));
    }
    else if (A == "--explain") O.Explain = true;
    else if (A == "--format") {
      Ok = Next(O.Format) && (O.Format == "text" || O.Format == "sarif" ||
                              O.Format == "json" ||
                              usage("--format expects text, sarif or json"));
    }
    else if (A == "-o") Ok = Next(O.OutputFile);
    else if (A == "--checks") Ok = Next(O.Checks);
    else if (A == "--fail-on") {
      std::string V;
      Ok = Next(V) && (parseSeverity(V, O.FailOn) ||
                       usage("--fail-on expects note, warning or error"));
    }
    else if (A == "--baseline") Ok = Next(O.Baseline);
    else if (A == "--write-baseline") Ok = Next(O.WriteBaseline);
    else if (A == "--budget") Ok = Next(O.Budget);
    else if (A == "--write-budget") Ok = Next(O.WriteBudget);
    else if (A == "--dump") Ok = Next(O.Dump);
    else if (A == "--into") Ok = Next(O.Into);
    else if (A == "--list") O.List = true;
    else if (A == "--validate") O.Validate = true;
    else if (A == "--stats") O.Stats = HasInline ? Value : "text";
    else if (A == "--shard") {
      std::string V;
      if (!(Ok = Next(V)))
        break;
      unsigned I1 = 0, N = 0;
      if (std::sscanf(V.c_str(), "%u/%u", &I1, &N) != 2 || N == 0 || I1 < 1 ||
          I1 > N)
        return usage("--shard expects i/N with 1 <= i <= N, got '" + V + "'");
      O.ShardIndex = I1 - 1;
      O.ShardCount = N;
    }
    else if (!A.empty() && A[0] == '-' && A != "-")
      return usage("unknown option '" + A + "' for '" + O.Command + "'");
    else O.Positional.push_back(A);
    if (!Ok)
      return false;
  }
  if (!O.Stats.empty() && O.Stats != "text" && O.Stats != "json")
    return usage("--stats expects nothing or =json");
  return true;
}

void printHelp(const std::string &Text) {
  std::string Out = Text;
  if (size_t At = Out.find("%COMMON%"); At != std::string::npos)
    Out.replace(At, 8, CommonHelp);
  llvm::outs() << Out;
}

/// Everything check/index/merge share: config, rules, the database.
struct Session {
  ProjectConfig Config;
  RuleSet Rules;
  CompileDatabase DB;
  std::string IndexDir, ProjectRoot;
};

void printErrors(const std::vector<std::string> &Errors) {
  for (const std::string &E : Errors)
    llvm::errs() << E << "\n";
}

bool loadConfigAndRules(const Options &O, const std::string &SearchFrom,
                        Session &S) {
  std::vector<std::string> Errors;
  std::string ConfigFile = O.ConfigFile;
  if (ConfigFile.empty() && !SearchFrom.empty())
    ConfigFile = findProjectConfig(SearchFrom);
  if (!ConfigFile.empty() && !loadProjectConfig(ConfigFile, S.Config, Errors)) {
    printErrors(Errors);
    return false;
  }
  bool Ok = loadProjectRules(S.Config, O.RuleFiles, S.Rules, Errors);
  printErrors(Errors);
  return Ok;
}

bool openSession(const Options &O, Session &S) {
  if (O.BuildDir.empty())
    return usage("'" + O.Command + "' needs -p <build-dir>");
  std::vector<std::string> Errors;
  if (!loadCompileDatabase(O.BuildDir, S.DB, Errors)) {
    printErrors(Errors);
    return false;
  }
  if (S.DB.Commands.empty()) {
    llvm::errs() << S.DB.Path << ": error: the compile database lists no TUs\n";
    return false;
  }
  std::string Root = commonSourceRoot(S.DB);
  if (!loadConfigAndRules(O, Root, S))
    return false;
  unsigned Plugins = 0;
  for (const CompileCommand &C : S.DB.Commands)
    Plugins += C.DroppedPlugins;
  if (Plugins)
    llvm::errs() << "decouple: note: ignored compiler-plugin flags in "
                 << Plugins << " compile command(s); decouple never loads "
                 << "plugins named in a compile database\n";
  if (S.DB.Duplicates)
    llvm::errs() << "decouple: note: " << S.DB.Duplicates
                 << " duplicate compile command(s) for the same file ignored\n";
  S.ProjectRoot = !O.ProjectRoot.empty()          ? O.ProjectRoot
                  : !S.Config.ProjectRoot.empty() ? S.Config.ProjectRoot
                                                  : Root;
  llvm::SmallString<256> Dir(O.IndexDir.empty() ? S.Config.IndexDir : O.IndexDir);
  if (Dir.empty()) {
    Dir = llvm::sys::path::parent_path(S.DB.Path);
    llvm::sys::path::append(Dir, ".decouple");
  }
  llvm::sys::fs::make_absolute(Dir);
  S.IndexDir = std::string(Dir);
  return true;
}

std::string indexStatsJson(const IndexStats &St, const ProgramGraph &G) {
  nlohmann::json J = {{"tus", St.Tus},
                      {"reextracted", St.Reextracted},
                      {"up_to_date", St.UpToDate},
                      {"failed", St.Failed},
                      {"tus_with_errors", St.TusWithErrors},
                      {"functions", G.stats().Functions},
                      {"edges", G.stats().Edges},
                      {"sites", G.stats().Sites},
                      {"unresolved_indirect", St.UnresolvedIndirect},
                      {"seconds", St.Seconds},
                      {"max_worker_rss_kb", St.MaxWorkerRssKb}};
  return J.dump();
}

IndexStats updateIndex(const Options &O, Session &S, std::vector<Shard> &Shards) {
  IndexOptions IO;
  IO.IndexDir = S.IndexDir;
  IO.ProjectRoot = S.ProjectRoot;
  IO.Jobs = O.Jobs;
  IO.ShardIndex = O.ShardIndex;
  IO.ShardCount = O.ShardCount;
  IO.TimeoutSeconds = O.Timeout;
  IO.ProgressStyle = O.ProgressStyle;
  IO.Explain = O.Explain;
  return Indexer(S.DB, S.Rules, IO).run(Shards);
}

ProgramGraph link(const std::vector<Shard> &Shards) {
  ProgramGraph G;
  for (const Shard &S : Shards)
    G.add(S.Summary);
  G.finalize();
  return G;
}

void dumpShard(const Shard &S, llvm::raw_ostream &OS) {
  using nlohmann::json;
  auto Loc = [](const Location &L) {
    return json{{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
  };
  const TuSummary &T = S.Summary;
  json J = {{"format_version", ShardFormatVersion},
            {"key", {{"digest", shardKeyDigest(S)},
                     {"command", S.Key.CommandDigest},
                     {"rules", S.Key.RulesDigest},
                     {"tool_version", S.Key.ToolVersion}}},
            {"main_file", T.MainFile},
            {"unresolved_indirect", T.UnresolvedIndirect},
            {"error_count", T.ErrorCount},
            {"errors", T.Errors},
            {"includes", json::array()},
            {"functions", json::array()},
            {"calls", json::array()},
            {"sites", json::array()}};
  for (const IncludedFile &F : T.Includes)
    J["includes"].push_back({{"path", F.Path}, {"digest", F.Digest}});
  for (const FunctionInfo &F : T.Functions)
    J["functions"].push_back({{"usr", F.Usr}, {"name", F.Name},
                              {"location", Loc(F.Loc)},
                              {"coroutine", F.IsCoroutine},
                              {"lambda", F.IsLambda},
                              {"defined", F.HasBody},
                              {"overrides", F.Overrides}});
  for (const CallEdge &C : T.Calls)
    J["calls"].push_back({{"caller", C.Caller}, {"callee", C.Callee},
                          {"kind", edgeKindName(C.Kind)},
                          {"location", Loc(C.Loc)}});
  for (const Site &X : T.Sites) {
    json Site = {{"kind", siteKindName(X.Kind)}, {"function", X.Function},
                 {"rule", X.RuleId}, {"location", Loc(X.Loc)},
                 {"callee", X.Callee}, {"service", X.Service}, {"via", X.Via}};
    if (!X.Protocol.empty())
      Site["protocol"] = X.Protocol;
    if (X.Kind == SiteKind::EntryPoint) {
      Site["consumer"] = X.Consumer;
      Site["event_loop"] = X.EventLoop;
    }
    if (X.Kind == SiteKind::RemoteCall) {
      Site["mode"] = callModeName(X.Mode);
      Site["deadline"] = deadlineKindName(X.Deadline);
      if (X.DeadlineMs >= 0)
        Site["deadline_ms"] = X.DeadlineMs;
      Site["result_used"] = X.ResultUsed;
    }
    J["sites"].push_back(std::move(Site));
  }
  OS << J.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

/// --checks 'coupling-*,-coupling-fan-out'
bool checkEnabled(const std::string &Spec, const std::string &Id) {
  bool On = false;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Spec).split(Parts, ',', -1, false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    bool Negative = P.consume_front("-");
    if (Glob(P.str()).matches(Id))
      On = !Negative;
  }
  return On;
}

struct Budget {
  std::set<std::pair<std::string, std::string>> Edges;
  int64_t MaxDepth = 0;
};

Budget currentBudget(const Analysis &A) {
  Budget B;
  for (const ServiceEdge &E : A.Services.edges())
    if (E.Kind == ServiceEdgeKind::Sync)
      B.Edges.insert({E.From, E.To});
  for (size_t P : A.Services.externalEntries())
    B.MaxDepth = std::max<int64_t>(B.MaxDepth, A.Services.longestChain(P).size());
  return B;
}

/// Returns the number of budget violations (printed), or -1 on a bad file.
int checkBudget(const std::string &Path, const Analysis &A) {
  JsonDocument Doc;
  std::string Error;
  if (!loadJsonDocument(Path, Doc, Error)) {
    llvm::errs() << Error << "\n";
    return -1;
  }
  const nlohmann::json &J = Doc.Value;
  if (!J.is_object() || !J.contains("sync_edges") || !J["sync_edges"].is_array() ||
      !J.contains("max_chain_depth") || !J["max_chain_depth"].is_number_integer()) {
    llvm::errs() << Doc.where("") << ": error: expected {\"version\": 1, "
                 << "\"max_chain_depth\": N, \"sync_edges\": [{\"from\": ..., \"to\": ...}]}\n";
    return -1;
  }
  Budget Allowed;
  Allowed.MaxDepth = J["max_chain_depth"].get<int64_t>();
  for (const nlohmann::json &E : J["sync_edges"])
    if (E.is_object() && E.contains("from") && E.contains("to"))
      Allowed.Edges.insert({E["from"].get<std::string>(), E["to"].get<std::string>()});
  Budget Now = currentBudget(A);
  int Violations = 0;
  for (const auto &[From, To] : Now.Edges) {
    if (Allowed.Edges.count({From, To}))
      continue;
    ++Violations;
    const ServiceEdge *E = A.Services.syncEdge(From, To);
    const ReachRef &PS = E->Reaches.front();
    const Location &L = A.site(A.Paths[PS.Path].Reaches[PS.Reach].Site).Loc;
    llvm::errs() << L.File << ":" << L.Line << ":" << L.Column
                 << ": error: new sync edge " << From << " -> " << To
                 << " is not in the coupling budget " << Path
                 << " [coupling-budget]\n";
  }
  if (Now.MaxDepth > Allowed.MaxDepth) {
    ++Violations;
    llvm::errs() << Path << ": error: the longest sync chain grew to "
                 << Now.MaxDepth << " hops; the budget allows "
                 << Allowed.MaxDepth << " [coupling-budget]\n";
  }
  return Violations;
}

bool writeBudget(const std::string &Path, const Analysis &A) {
  Budget B = currentBudget(A);
  nlohmann::json Edges = nlohmann::json::array();
  for (const auto &[From, To] : B.Edges)
    Edges.push_back({{"from", From}, {"to", To}});
  std::ofstream Out(Path);
  Out << nlohmann::json{{"version", 1}, {"max_chain_depth", B.MaxDepth},
                        {"sync_edges", Edges}}.dump(2) << "\n";
  return static_cast<bool>(Out);
}

/// Runs the checks and writes the report; returns the exit code.
int report(const Options &O, const Session &S, const ProgramGraph &G,
           nlohmann::json &Stats) {
  auto Start = Clock::now();
  Analysis A(G, S.Rules, S.Config);
  std::vector<std::unique_ptr<CouplingCheck>> Checks;
  std::vector<std::string> Problems;
  for (auto &C : createAllChecks()) {
    if (!checkEnabled(O.Checks, C->id()))
      continue;
    auto It = S.Config.CheckOptions.find(C->id());
    if (It != S.Config.CheckOptions.end())
      C->configure(It->second, Problems);
    Checks.push_back(std::move(C));
  }
  for (const std::string &P : Problems)
    llvm::errs() << S.Config.File << ": warning: " << P << "\n";
  std::vector<Finding> All;
  for (const auto &C : Checks)
    C->run(A, All);
  SourceLines Lines;
  std::vector<Finding> Findings;
  for (Finding &F : All) {
    if (suppressedInSource(F, Lines))
      continue;
    if (!O.Positional.empty() &&
        std::none_of(O.Positional.begin(), O.Positional.end(), [&](const std::string &P) {
          llvm::SmallString<256> Abs(P);
          llvm::sys::fs::make_absolute(Abs);
          llvm::sys::path::remove_dots(Abs, true);
          return F.Loc.File == Abs;
        }))
      continue;
    Findings.push_back(std::move(F));
  }
  assignFingerprints(Findings, S.ProjectRoot, Lines);
  std::stable_sort(Findings.begin(), Findings.end(), [](const Finding &X, const Finding &Y) {
    return std::tie(X.Loc.File, X.Loc.Line, X.Loc.Column, X.CheckId) <
           std::tie(Y.Loc.File, Y.Loc.Line, Y.Loc.Column, Y.CheckId);
  });
  std::string Error;
  if (!O.WriteBaseline.empty() && !writeBaseline(O.WriteBaseline, Findings, Error)) {
    llvm::errs() << "decouple: error: " << Error << "\n";
    return ExitUsage;
  }
  if (!O.Baseline.empty()) {
    std::set<std::string> Known;
    if (!readBaseline(O.Baseline, Known, Error)) {
      llvm::errs() << Error << "\n";
      return ExitUsage;
    }
    llvm::erase_if(Findings, [&](const Finding &F) { return Known.count(F.Fingerprint) > 0; });
  }
  Stats["analysis_seconds"] = std::chrono::duration<double>(Clock::now() - Start).count();

  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!O.OutputFile.empty()) {
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(O.OutputFile, EC);
    if (EC) {
      llvm::errs() << O.OutputFile << ": error: " << EC.message() << "\n";
      return ExitUsage;
    }
  }
  llvm::raw_ostream &OS = File ? *File : llvm::outs();
  if (O.Format == "sarif")
    writeSarif(OS, Findings, Checks, Lines);
  else if (O.Format == "json")
    writeJson(OS, Findings);
  else
    writeText(OS, Findings, Lines);
  OS.flush();

  int Exit = 0;
  size_t Failing = llvm::count_if(Findings, [&](const Finding &F) {
    return F.Level >= O.FailOn;
  });
  if (Failing)
    Exit = ExitFindings;
  if (!O.WriteBudget.empty() && !writeBudget(O.WriteBudget, A)) {
    llvm::errs() << O.WriteBudget << ": error: cannot write the budget\n";
    return ExitUsage;
  }
  if (!O.Budget.empty()) {
    int Violations = checkBudget(O.Budget, A);
    if (Violations < 0)
      return ExitUsage;
    if (Violations > 0)
      Exit = ExitFindings;
  }
  if (O.Format == "text" || !O.OutputFile.empty())
    llvm::errs() << "decouple: " << Findings.size() << " finding(s) in "
                 << A.Paths.size() << " entry point(s); "
                 << G.stats().Tus << " TU(s) linked"
                 << (G.stats().TusWithErrors
                         ? ", " + std::to_string(G.stats().TusWithErrors) +
                               " with compile errors (partial)"
                         : "")
                 << "\n";
  return Exit;
}

int runCheck(const Options &O) {
  Session S;
  if (!openSession(O, S))
    return ExitUsage;
  auto Start = Clock::now();
  std::vector<Shard> Shards;
  IndexStats IS = updateIndex(O, S, Shards);
  auto LinkStart = Clock::now();
  ProgramGraph G = link(Shards);
  nlohmann::json Stats = nlohmann::json::parse(indexStatsJson(IS, G));
  Stats["index_seconds"] = IS.Seconds;
  Stats["link_seconds"] = std::chrono::duration<double>(Clock::now() - LinkStart).count();
  int Exit = report(O, S, G, Stats);
  Stats["seconds"] = std::chrono::duration<double>(Clock::now() - Start).count();
  if (O.Stats == "json")
    llvm::errs() << Stats.dump() << "\n";
  if (IS.Failed && Exit == 0)
    llvm::errs() << "decouple: warning: " << IS.Failed
                 << " TU(s) could not be analysed; findings may be missing\n";
  return Exit;
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
    return 0;
  }
  Session S;
  if (!openSession(O, S))
    return ExitUsage;
  std::vector<Shard> Shards;
  IndexStats IS = updateIndex(O, S, Shards);
  ProgramGraph G = link(Shards);
  if (O.Stats == "json")
    llvm::outs() << indexStatsJson(IS, G) << "\n";
  else
    llvm::errs() << "decouple: indexed " << IS.Tus << " TU(s): "
                 << IS.Reextracted << " re-extracted, " << IS.UpToDate
                 << " up to date, " << IS.Failed << " failed; "
                 << G.stats().Functions << " functions, " << G.stats().Edges
                 << " call edges, " << IS.UnresolvedIndirect
                 << " unresolved indirect calls (" << llvm::format("%.2f", IS.Seconds)
                 << " s)\n";
  return IS.Failed ? ExitFindings : 0;
}

int runMerge(const Options &O) {
  if (O.Positional.empty())
    return usage("'merge' needs at least one index directory"), ExitUsage;
  Session S;
  if (!loadConfigAndRules(O, O.ConfigFile.empty() ? "." : "", S))
    return ExitUsage;
  auto Start = Clock::now();
  std::vector<Shard> Shards;
  std::set<std::string> Seen;
  for (const std::string &Dir : O.Positional) {
    ShardStore Store(Dir);
    std::vector<std::string> Files = Store.list();
    if (Files.empty())
      llvm::errs() << Dir << ": warning: no shards here\n";
    for (const std::string &F : Files) {
      Shard Sh;
      std::string Why;
      if (ShardStatus St = Store.read(F, Sh, Why); St != ShardStatus::Ok) {
        llvm::errs() << F << ": warning: skipping " << shardStatusName(St)
                     << " shard: " << Why << "\n";
        continue;
      }
      if (!Seen.insert(Sh.Summary.MainFile).second)
        continue; // the same TU indexed by two jobs: keep the first
      if (!O.Into.empty()) {
        ShardStore Into(O.Into);
        std::string Error;
        if (!Into.write(Into.pathFor(Sh.Summary.MainFile, llvm::sys::path::filename(F).str()), Sh, Error))
          llvm::errs() << "decouple: warning: " << Error << "\n";
      }
      Shards.push_back(std::move(Sh));
    }
  }
  auto LinkStart = Clock::now();
  ProgramGraph G = link(Shards);
  nlohmann::json Stats = {{"tus", Shards.size()},
                          {"link_seconds", std::chrono::duration<double>(Clock::now() - LinkStart).count()}};
  Options ReportOptions = O;
  ReportOptions.Positional.clear(); // index directories, not a file filter
  int Exit = report(ReportOptions, S, G, Stats);
  Stats["seconds"] = std::chrono::duration<double>(Clock::now() - Start).count();
  if (O.Stats == "json")
    llvm::errs() << Stats.dump() << "\n";
  return Exit;
}

int runRules(const Options &O) {
  if (O.Validate) {
    if (O.Positional.empty())
      return usage("--validate needs rule files"), ExitUsage;
    bool Ok = true;
    for (const std::string &F : O.Positional) {
      RuleSet Set;
      std::vector<std::string> Errors;
      if (loadRulePack(F, Set, Errors)) {
        llvm::outs() << F << ": ok, " << Set.Rules.size() << " rule(s)\n";
      } else {
        printErrors(Errors);
        Ok = false;
      }
    }
    return Ok ? 0 : ExitUsage;
  }
  if (!O.List)
    return usage("'rules' needs --list or --validate"), ExitUsage;
  Session S;
  if (!loadConfigAndRules(O, O.ConfigFile.empty() ? "." : "", S))
    return ExitUsage;
  for (const Rule &R : S.Rules.Rules)
    llvm::outs() << llvm::left_justify(R.Id, 36) << " "
                 << llvm::left_justify(roleName(R.Kind), 22) << " "
                 << llvm::sys::path::filename(R.Pack) << "\n";
  llvm::errs() << S.Rules.Rules.size() << " rule(s) from "
               << S.Rules.Sources.size() << " pack(s)\n";
  return 0;
}

} // namespace

int runDriver(int Argc, const char **Argv) {
  if (Argc >= 2 && (std::string(Argv[1]) == "--help" || std::string(Argv[1]) == "-h" ||
                    std::string(Argv[1]) == "help")) {
    llvm::outs() << MainHelp;
    return 0;
  }
  if (Argc >= 2 && std::string(Argv[1]) == "--version") {
    llvm::outs() << "decouple " << DECOUPLE_VERSION << " (LLVM "
                 << LLVM_VERSION_STRING << ")\n";
    return 0;
  }
  Options O;
  if (!parseArgs(Argc, Argv, O))
    return ExitUsage;
  struct Command {
    const char *Name, *Help;
    int (*Run)(const Options &);
  };
  static const Command Commands[] = {{"check", CheckHelp, runCheck},
                                     {"index", IndexHelp, runIndex},
                                     {"merge", MergeHelp, runMerge},
                                     {"rules", RulesHelp, runRules}};
  for (const Command &C : Commands) {
    if (O.Command != C.Name)
      continue;
    if (O.Help) {
      printHelp(C.Help);
      return 0;
    }
    return C.Run(O);
  }
  usage("unknown command '" + O.Command + "'; expected check, index, merge or rules");
  return ExitUsage;
}

} // namespace decouple
