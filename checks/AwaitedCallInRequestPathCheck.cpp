//===- AwaitedCallInRequestPathCheck.cpp - coupling-awaited-call-in-request-path ---===//
#include "checks/AwaitedCallInRequestPathCheck.h"
#include "checks/Witness.h"

namespace decouple {

namespace {
bool awaited(const Site &S) {
  return S.Kind == SiteKind::RemoteCall && S.Mode == CallMode::Awaited;
}
} // namespace

void AwaitedCallInRequestPathCheck::run(const Analysis &A,
                                        std::vector<Finding> &Out) const {
  for (const FirstReach &R : firstReaches(A, awaited)) {
    const Site &S = A.site(R.First->Site);
    Finding F = finding(
        S.Loc, "awaited " + describeRemoteCall(S) + " in the request path of " +
                   describeEntry(A, *R.Path) +
                   ": co_await frees the thread, but the request still waits "
                   "for the response, so it depends on the callee being up "
                   "and fast right now");
    addWitness(A, *R.Path, *R.First, F);
    F.Suggestion = suggestionFor(S);
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
