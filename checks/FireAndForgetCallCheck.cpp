//===- FireAndForgetCallCheck.cpp - coupling-fire-and-forget-call ---===//
#include "checks/FireAndForgetCallCheck.h"
#include "checks/Witness.h"

namespace decouple {

namespace {
bool unreadSync(const Site &S) {
  return S.Kind == SiteKind::RemoteCall && S.Mode == CallMode::Sync &&
         !S.ResultUsed;
}
} // namespace

void FireAndForgetCallCheck::run(const Analysis &A,
                                 std::vector<Finding> &Out) const {
  for (const FirstReach &R : firstReaches(A, unreadSync)) {
    const Site &S = A.site(R.First->Site);
    Finding F = finding(
        S.Loc, describeRemoteCall(S) + " in the request path of " +
                   describeEntry(A, *R.Path) +
                   " waits for a response that nothing reads: the request "
                   "is coupled to the callee for no result");
    addWitness(A, *R.Path, *R.First, F);
    F.Suggestion = suggestionFor(S);
    if (!A.Config.PublishTemplate.empty() && !S.CallText.empty())
      F.FixIts.push_back({S.Loc, static_cast<unsigned>(S.CallText.size()),
                          expandTemplate(A.Config.PublishTemplate, S)});
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
