//===- CallChainDepthCheck.cpp - coupling-call-chain-depth ---===//
#include "checks/CallChainDepthCheck.h"
#include "checks/Witness.h"

#include <functional>
#include <set>

namespace decouple {

void CallChainDepthCheck::run(const Analysis &A,
                              std::vector<Finding> &Out) const {
  int64_t Max = intOption("MaxDepth");
  std::set<std::vector<std::string>> Reported;
  for (size_t P : A.Services.externalEntries()) {
    std::vector<ReachRef> Chain = A.Services.longestChain(P);
    if (static_cast<int64_t>(Chain.size()) <= Max)
      continue;
    std::vector<std::string> Names{A.Paths[P].Service};
    for (ReachRef H : Chain)
      Names.push_back(A.site(H).Service);
    if (!Reported.insert(Names).second)
      continue;
    std::string Text;
    for (const std::string &N : Names)
      Text += (Text.empty() ? "" : " -> ") + N;
    Finding F = finding(A.entry(A.Paths[P]).Loc,
                        "sync call chain of " + std::to_string(Chain.size()) +
                            " service hops (threshold " + std::to_string(Max) +
                            ") from " + describeEntry(A, A.Paths[P]) + ": " +
                            Text);
    for (ReachRef H : Chain) {
      const Site &S = A.site(H);
      F.Notes.push_back({S.Loc, A.Paths[H.Path].Service + " -> " +
                                    S.Service + ": " + describeRemoteCall(S)});
    }
    F.Suggestion = "every hop multiplies latency and failure: break the "
                   "chain where a hop does not need an answer now (publish "
                   "an event) or keep a local copy of the data it fetches";
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
