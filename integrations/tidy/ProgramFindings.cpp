//===- ProgramFindings.cpp ------------------------------------------------===//
#include "integrations/tidy/ProgramFindings.h"
#include "checks/Incomplete.h"

#include <mutex>
#include <unordered_map>

namespace decouple {

namespace {

std::shared_ptr<const ProgramFindings> run(const CouplingCheck &Check,
                                           const Analysis &A) {
  auto P = std::make_shared<ProgramFindings>();
  Check.run(A, P->All);
  markPossiblyIncomplete(A, P->All);
  std::unordered_map<std::string, uint32_t> Index;
  for (const Finding &F : P->All) {
    auto [It, New] = Index.try_emplace(F.Loc.File, P->Files.size());
    if (New)
      P->Files.push_back(F.Loc.File);
    P->FileOf.push_back(It->second);
  }
  return P;
}

} // namespace

std::shared_ptr<const ProgramFindings>
programFindings(const CouplingCheck &Check,
                const std::map<std::string, std::string> &Options,
                const TuAnalysis &TU) {
  if (!TU.ReusedProgram)
    return run(Check, *TU.Result);
  struct Made {
    std::shared_ptr<const Analysis> Of;
    std::map<std::string, std::string> Options;
    std::shared_ptr<const ProgramFindings> Findings;
  };
  static std::mutex Lock;
  static std::map<std::string, Made> ByCheck;
  std::lock_guard<std::mutex> Guard(Lock);
  Made &M = ByCheck[Check.id()];
  if (M.Of != TU.Result || M.Options != Options)
    M = {TU.Result, Options, run(Check, *TU.Result)};
  return M.Findings;
}

} // namespace decouple
