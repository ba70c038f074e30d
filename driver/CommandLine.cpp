//===- CommandLine.cpp ----------------------------------------------------===//
#include "driver/CommandLine.h"

#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

namespace decouple {

namespace {

const char *MainHelp = R"(decouple - find synchronous coupling between services in C++ code

USAGE
  decouple check -p <build-dir> [options] [files...]
  decouple index -p <build-dir> [options]
  decouple index --dump <shard-file>
  decouple merge <index-dir|shard-dir|shard>... [options]
  decouple extract --output <shard> [options] -- <compile command>
  decouple map -p <build-dir> | <index-dir>... [--format f] [-o file] [--diff g]
  decouple rules --list | --validate <file>...
  decouple check --list-checks
  decouple baseline -p <build-dir> [-o .decouple-baseline.json]
  decouple --version

COMMANDS
  check     Bring the index up to date, link it, and report coupling findings.
  index     Only bring the index up to date (per-TU shards in <build-dir>/.decouple).
  merge     Link index directories from several runs (CI shards) and report.
  map       Draw the service map (JSON, DOT, Mermaid, SVG, HTML) or diff it
            against a runtime service graph (Jaeger, OpenTelemetry).
  extract   Extract one TU into one shard file (a build system's action).
  baseline  Record today's findings so CI fails only on new ones.
  rules     List the loaded rules or validate rule packs.

Run 'decouple <command> --help' for the options of a command.

EXAMPLES
  decouple check -p build                       # clang-style text findings
  decouple check -p build --format sarif -o decouple.sarif
  decouple index -p build -j8 --stats=json      # CI: index, print counts
  decouple index -p build --shard 1/4           # one slice of a CI matrix
  decouple merge shard-*/.decouple --format sarif
  decouple extract --output a.shard -- clang++ -Isrc -c src/a.cc   # one TU
  decouple merge bazel-bin/                     # shards of the Bazel aspect

EXIT CODES
  0  no findings at or above --fail-on   1  findings, or a budget exceeded
  2  usage or input error
)";

const char *CommonHelp = R"(
INPUT
  -p <dir>, -p=<dir>    build directory with compile_commands.json (or the file)
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
  --no-shared-headers   parse every TU on its own: do not precompile the
                        library headers that TUs with the same flags include
                        first (see docs/performance.md)
  --extra-arg <flag>    append a flag to every compile command (repeatable)
  --extra-arg-before <flag>
                        insert a flag right after the compiler (repeatable)
  --remove-arg <prefix> drop every flag starting with <prefix>, e.g. a
                        GCC-only -fno-semantic-interposition, also inside
                        @response files (repeatable)
)";

const char *CheckHelp = R"(decouple check -p <build-dir> [options] [files...]

Indexes what changed, links the whole program, walks every request path and
reports the coupling it finds. With files or directories, only findings in
them are reported (the analysis stays whole-program); a filter that names no
TU or indexed header is an error.
%COMMON%
OUTPUT
  --format <f>          text (default), sarif, json, or gitlab (GitLab Code
                        Quality: artifacts:reports:codequality)
  -o <file>             write the report there instead of stdout
  --checks <globs>      e.g. 'coupling-*,-coupling-fan-out' (default coupling-*);
                        a glob that matches no check is an error, and so is
                        enabling none (except with --budget/--write-budget)
  --list-checks         print every check id and summary, then exit
  --color[=<when>]      auto (default: on a terminal), always or never
  -q, --quiet           each finding and its snippet only; no notes, no summary
  -v, --verbose         also the summary per check, services and sync edges
  --fail-on <severity>  note, warning (default) or error
  --baseline <file>     report only findings whose fingerprint is not in it
  --since <git-rev>     report only findings in the TUs that the files changed
                        since <git-rev> touch (a changed .cpp, or a changed
                        header in the TU's recorded include graph), or on a
                        request path through them; untracked files count
  --write-baseline <f>  record the current findings' fingerprints
  --budget <file>       fail when a sync edge between services is new or the
                        longest sync chain is deeper than recorded
  --write-budget <file> record the current sync edges and chain depth
  --stats=json          print timings as JSON on stderr's last line
  --help-uri-base <url> SARIF helpUri of each rule: <url><check-id>.md
                        (default: the installed docs, share/doc/decouple/checks/)
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
  --watch               keep running: re-index when a source, header, the
                        compile database or the config changes (inotify;
                        no CPU while idle); SIGINT/SIGTERM stops it
)";

const char *MergeHelp = R"(decouple merge <index-dir>... [options]

Links the shards of several index directories (e.g. one per CI matrix job,
made with 'decouple index --shard i/N --index-dir ...') and reports exactly
as check would over the same shards: the same config (found from the
project root the index records), fingerprints, baseline and budget. Only
shards that each directory's manifest lists are read. An argument that is a
shard file, or a directory without manifest.bin (e.g. the outputs of
'decouple extract' or of the Bazel aspect), contributes every *.shard file
in it, read below it recursively; their relative paths resolve against
--project-root (default: the current directory). Options: --rules,
--config, --project-root, --format, -o, --checks, --fail-on, --baseline,
--write-baseline, --budget, --write-budget, --stats=json, and --into <dir>
to also copy the shards into one index directory.
)";

const char *ExtractHelp = R"(decouple extract --output <shard> [options] -- <compile command>

Parses one TU and writes its shard: what 'decouple index' does per TU, as a
single hermetic step a build system can cache and run remotely (the Bazel
aspect in integrations/bazel runs it once per source file). The output is
deterministic: the same source, headers, command, rule packs and decouple
binary give a byte-identical shard, and paths below --project-root
(default: the current directory, Bazel's execroot) are stored relative to
it. Link the shards with 'decouple merge <shards or their directory>'.

  --output <file>       the shard to write (also -o)
  --rules <file>        an extra rule pack (repeatable); adds to rules/builtin
                        ($DECOUPLE_RULES_DIR replaces rules/builtin)
  --config <file>       project config (default: nearest .decouple.json)
  --project-root <dir>  stored paths are relative to it; bodies outside it
                        are skipped (default: the current directory)

  The compile command after '--' is the compiler's argv, e.g.
    decouple extract --output a.shard -- clang++ -std=c++20 -Isrc -c src/a.cc
  Its source file is the one argument with a C/C++ source extension.
  Exit: 0 written, 2 usage error or no AST (the reason on stderr).
)";

const char *BaselineHelp = R"(decouple baseline -p <build-dir> [-o <file>] [check options]

Runs check and writes every finding to a readable baseline (default
.decouple-baseline.json): per entry the file, line, check, message and
fingerprint. Add a "reason" to an entry to say why it is accepted; writing
the baseline again keeps reasons. Exits 0 whatever it found.

  decouple baseline -p build -o .decouple-baseline.json
  decouple check -p build --baseline .decouple-baseline.json   # CI: new only

With --baseline, check hides the listed findings, says how many it hid, and
notes each stale entry (one that no finding matches any more). Fingerprints
survive unrelated edits: lines moved, code re-indented. Two findings of one
check on one line differ by column and occurrence. A version 1 baseline
(a bare fingerprint list) is still read, each entry hiding one finding.
)";

const char *MapHelp = R"(decouple map -p <build-dir> [options] [files...]
decouple map <index-dir>... [options]
decouple map (-p <build-dir> | <index-dir>...) --diff <runtime-graph>

Draws the service map from code: services with their entry points, external
hosts, datastores and topics; sync (blocking, awaited, async-joined), async
and datastore edges with every call site and the findings on it; fan-in and
fan-out, owned and shared datastores, the longest sync chain, cycles, and an
availability estimate per entry point. The JSON is a versioned contract:
docs/map-format.md and docs/map.schema.json. Input is as for 'check' (-p,
with files filtering which findings are attached) or as for 'merge' (index
directories).
%COMMON%
OUTPUT
  --format <f>          json (default), dot, mermaid, svg (runs Graphviz's
                        'dot -Tsvg') or html (one offline page: pan/zoom,
                        click a service for its entry points, edges and
                        findings; docs/map-page.md); mermaid collapses to one
                        edge per service pair above 500 edges or 50000
                        characters
  -o <file>             write there instead of stdout
  --checks <globs>      the checks whose findings are attached (coupling-*)
  --hop-availability <a> per-hop availability for the entry points' estimate
                        a^n, n = sync dependencies waited on (default: the
                        config's "map": {"hopAvailability"}, else 0.999)
  --diff <file>         compare with a runtime graph instead of writing the
                        map: Jaeger dependencies JSON ([{"parent", "child",
                        "callCount"}], or {"data": [...]}) or OpenTelemetry
                        service-graph Prometheus text
                        (traces_service_graph_request_total{client, server,
                        connection_type}). Prints runtime-only, code-only and
                        kind-differs edges; names match through the config's
                        "aliases". Exit 1 on differences, 2 on bad input.

EXAMPLES
  decouple map -p build -o map.json
  decouple map -p build --format svg -o map.svg
  decouple map -p build --format html -o map.html   # open in a browser
  decouple map shard-*/.decouple --format mermaid -o map.mmd
  decouple map -p build --diff jaeger-dependencies.json
)";

const char *RulesHelp = R"(decouple rules --list [--rules <file>]...
decouple rules --validate <file>...

--list prints every loaded rule: id, role and pack. --validate checks rule
packs against the format (see rules/schema/rules.schema.json) and prints
each problem as file:line:col.
)";

} // namespace

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
    else if (A.rfind("-p=", 0) == 0) O.BuildDir = A.substr(3);
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
    else if (A == "--no-shared-headers") O.SharedHeaders = false;
    else if (A == "--watch" && O.Command == "index") O.Watch = true;
    else if (A == "--format") {
      Ok = Next(O.Format) &&
           (O.Command == "map"
                ? (O.Format == "json" || O.Format == "dot" || O.Format == "mermaid" ||
                   O.Format == "svg" || O.Format == "html" ||
                   usage("--format expects json, dot, mermaid, svg or html for 'map'"))
                : (O.Format == "text" || O.Format == "sarif" || O.Format == "json" ||
                   O.Format == "gitlab" ||
                   usage("--format expects text, sarif, json or gitlab")));
    }
    else if (A == "-o" || A == "--output") Ok = Next(O.OutputFile);
    else if (A == "--" && O.Command == "extract") {
      O.CompileArgs.assign(Argv + I + 1, Argv + Argc);
      break;
    }
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
    else if (A == "--help-uri-base") Ok = Next(O.HelpUriBase);
    else if (A == "--since") Ok = Next(O.Since);
    else if (A == "--into") Ok = Next(O.Into);
    else if (A == "--diff") Ok = Next(O.DiffFile);
    else if (A == "--hop-availability") {
      std::string V;
      char *End = nullptr;
      Ok = Next(V);
      double H = Ok ? std::strtod(V.c_str(), &End) : 0;
      if (Ok && (V.empty() || *End || !(H > 0 && H <= 1)))
        return usage("--hop-availability expects a number in (0, 1], got '" + V + "'");
      O.HopAvailability = H;
    }
    else if (A == "--list") O.List = true;
    else if (A == "--validate") O.Validate = true;
    else if (A == "--list-checks") O.ListChecks = true;
    else if (A == "--color") {
      O.Color = HasInline ? Value : "always";
      if (O.Color != "auto" && O.Color != "always" && O.Color != "never")
        return usage("--color expects auto, always or never");
    }
    else if (A == "--quiet" || A == "-q") O.Quiet = true;
    else if (A == "--verbose" || A == "-v") O.Verbose = true;
    else if (A == "--extra-arg") { std::string V; Ok = Next(V); O.ExtraArgs.push_back(V); }
    else if (A == "--extra-arg-before") { std::string V; Ok = Next(V); O.ExtraArgsBefore.push_back(V); }
    else if (A == "--remove-arg") { std::string V; Ok = Next(V); O.RemoveArgs.push_back(V); }
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
  if (O.Watch && (!O.Dump.empty() || O.ShardCount > 1))
    return usage("--watch cannot be combined with --dump or --shard");
  if (!O.Stats.empty() && O.Stats != "text" && O.Stats != "json")
    return usage("--stats expects nothing or =json");
  return true;
}

bool printHelp(const std::string &Command) {
  static const std::pair<const char *, const char *> Helps[] = {
      {"", MainHelp},          {"check", CheckHelp}, {"index", IndexHelp},
      {"merge", MergeHelp},    {"map", MapHelp},     {"rules", RulesHelp},
      {"extract", ExtractHelp}, {"baseline", BaselineHelp}};
  for (const auto &[Name, Text] : Helps) {
    if (Command != Name)
      continue;
    std::string Out = Text;
    if (size_t At = Out.find("%COMMON%"); At != std::string::npos)
      Out.replace(At, 8, CommonHelp);
    llvm::outs() << Out;
    return true;
  }
  return false;
}


} // namespace decouple
