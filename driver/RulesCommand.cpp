//===- RulesCommand.cpp - decouple rules: --list, --validate ---------------===//
#include "driver/Commands.h"
#include "driver/Project.h"
#include "index/RuleMatcher.h"
#include "support/Paths.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {

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

} // namespace decouple
