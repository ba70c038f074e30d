//===- InProcessHandoffCheck.cpp - coupling-in-process-handoff ---===//
#include "checks/InProcessHandoffCheck.h"
#include "checks/Witness.h"

namespace decouple {

namespace {
bool inProcessHandoff(const Site &S) {
  return S.Kind == SiteKind::InProcessHandoff;
}
} // namespace

void InProcessHandoffCheck::run(const Analysis &A,
                                std::vector<Finding> &Out) const {
  for (const FirstReach &R : firstReaches(A, inProcessHandoff)) {
    const Site &S = A.site(R.First->Site);
    Finding F = finding(
        S.Loc, "in-process hand-off to " + S.Via + " in the request path of " +
                   describeEntry(A, *R.Path) +
                   ": the request does not wait for the work, but the work "
                   "is held only in this process's memory");
    addWitness(A, *R.Path, *R.First, F);
    F.Notes.push_back(
        {S.Loc, "the hand-off is not durable: the work is lost if the process "
                "dies (a crash, a deploy, an OOM kill) before a worker has "
                "finished it, and nothing retries it"});
    F.Suggestion =
        "if the work must survive a restart, publish it to a durable queue, "
        "or write it to an outbox table in the same transaction as the "
        "request's own data and relay it from there";
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
