//===- Incomplete.cpp -----------------------------------------------------===//
#include "checks/Incomplete.h"

#include <set>

namespace decouple {

void markPossiblyIncomplete(const Analysis &A, std::vector<Finding> &Findings) {
  const std::vector<std::string> &Partial = A.Graph.partialTus();
  if (Partial.empty())
    return;
  std::set<std::string> Files(Partial.begin(), Partial.end());
  for (Finding &F : Findings) {
    F.PossiblyIncomplete = Files.count(F.Loc.File) > 0;
    for (const FindingNote &N : F.Notes)
      F.PossiblyIncomplete |= Files.count(N.Loc.File) > 0;
  }
}

const char *possiblyIncompleteNote() {
  return "possibly incomplete: a TU on this path had compile errors (missing "
         "headers?); calls in what did not parse are not seen";
}

} // namespace decouple
