//===- SyncCallInRequestPathCheck.cpp - coupling-sync-call-in-request-path ---===//
#include "checks/SyncCallInRequestPathCheck.h"
#include "checks/Witness.h"

namespace decouple {

namespace {
bool blocking(const Site &S) {
  return S.Kind == SiteKind::RemoteCall &&
         (S.Mode == CallMode::Sync || S.Mode == CallMode::AsyncJoined);
}
} // namespace

void SyncCallInRequestPathCheck::run(const Analysis &A,
                                     std::vector<Finding> &Out) const {
  for (const FirstReach &R : firstReaches(A, blocking)) {
    const Site &S = A.site(R.First->Site);
    std::string How = S.Mode == CallMode::AsyncJoined
                          ? "started asynchronously and then waited for"
                          : "blocking";
    Finding F = finding(
        S.Loc, How + " " + describeRemoteCall(S) + " in the request path of " +
                   describeEntry(A, *R.Path) + ": the request now waits on " +
                   (S.Service.empty() ? std::string("that service")
                                      : S.Service) +
                   " being up and fast");
    addWitness(A, *R.Path, *R.First, F);
    if (R.EntryCount > 1)
      F.Notes.push_back({S.Loc, "reached from " +
                                    std::to_string(R.EntryCount - 1) +
                                    " more entry point(s)"});
    F.Suggestion = suggestionFor(S);
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
