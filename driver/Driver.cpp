//===- Driver.cpp - decouple <command>: dispatch to the subcommands -------===//
#include "driver/Driver.h"
#include "driver/CommandLine.h"
#include "driver/Commands.h"
#include "driver/ExtractCommand.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <utility>

namespace decouple {

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
