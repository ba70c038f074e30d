//===- CommandLine.h - decouple's options and their help --------*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_COMMANDLINE_H
#define DECOUPLE_DRIVER_COMMANDLINE_H

#include "checks/Finding.h"
#include "driver/Progress.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace decouple {

constexpr int ExitClean = 0, ExitFindings = 1, ExitUsage = 2;

struct Options {
  std::string Command;
  std::string BuildDir, IndexDir, ConfigFile, ProjectRoot;
  std::vector<std::string> RuleFiles, Positional;
  unsigned Jobs = std::max(1u, std::thread::hardware_concurrency());
  unsigned Timeout = 600, ShardIndex = 0, ShardCount = 1;
  Progress::Style ProgressStyle = Progress::Style::Auto;
  bool Explain = false, Help = false;
  bool Watch = false; // index --watch (driver/IndexWatch.h)
  bool SharedHeaders = true; // --no-shared-headers (driver/SharedHeaders.h)
  std::string Format = "text", OutputFile, Checks = "coupling-*";
  Severity FailOn = Severity::Warning;
  std::string Baseline, WriteBaseline, Budget, WriteBudget, Dump, Into;
  std::string Stats; // "", "text", "json"
  std::string HelpUriBase; // --help-uri-base: where SARIF's helpUri points
  std::string Since;       // check --since <git-rev> (driver/ChangedSince.h)
  bool List = false, Validate = false, ListChecks = false;
  std::vector<std::string> CompileArgs; // extract: everything after "--"
  std::string Color = "auto"; // --color: auto (a terminal), always, never
  bool Quiet = false, Verbose = false;
  /// Compile-command edits (driver/CompileDatabase): appended, prepended
  /// (after argv[0]), and removed by prefix, as clang-tidy's flags.
  std::vector<std::string> ExtraArgs, ExtraArgsBefore, RemoveArgs;
  bool WriteReport = true; // false for 'baseline': only the baseline file
  double HopAvailability = 0; // map: --hop-availability; 0 = config or 0.999
  std::string DiffFile;       // map: --diff <runtime-graph>
};


/// Parses argv; prints "decouple: error: ..." and returns false on a
/// usage error.
bool parseArgs(int Argc, const char **Argv, Options &O);
/// Prints a usage error (with the hint to run --help); returns false.
bool usage(const std::string &Message);
/// Prints the help of a command ("" for the overview); false if unknown.
bool printHelp(const std::string &Command);

} // namespace decouple

#endif
