//===- MissingDeadlineCheck.cpp - coupling-missing-deadline ---===//
#include "checks/MissingDeadlineCheck.h"
#include "checks/Witness.h"

#include <map>
#include <set>

namespace decouple {

namespace {
bool waitedFor(const Site &S) {
  return S.Kind == SiteKind::RemoteCall && couplesInTime(S.Mode);
}

std::string defaultWait(const Site &S) {
  return S.DefaultTimeout.empty() ? "" : " (the library default: " +
                                             S.DefaultTimeout + ")";
}

/// The tightest constant deadline any caller puts on calls to a method of a
/// service ("Service.Method"): the budget a request to it arrives with.
std::map<std::string, int64_t> inboundBudgets(const Analysis &A) {
  std::map<std::string, int64_t> Budget;
  for (const RequestPath &P : A.Paths)
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      if (waitedFor(S) && S.Deadline == DeadlineKind::Constant &&
          S.DeadlineMs >= 0 && !S.Service.empty()) {
        auto [It, New] =
            Budget.try_emplace(S.Service + "." + S.Via, S.DeadlineMs);
        if (!New)
          It->second = std::min(It->second, S.DeadlineMs);
      }
    }
  return Budget;
}

/// The protocols whose transport some call in the program gives a timeout.
std::set<std::string> transportsWithTimeouts(const Analysis &A) {
  std::set<std::string> Out;
  for (const Site &S : A.Graph.sites())
    if (S.Kind == SiteKind::TransportTimeout)
      Out.insert(S.Protocol);
  return Out;
}

/// The fix-it of a call without a deadline: the "deadline" template's line,
/// inserted before the call's statement at its indentation. None when the
/// template names a variable the site has not ("{inbound.}" in a handler
/// whose ServerContext parameter is unnamed).
void addDeadlineFixIt(const Analysis &A, const Site &S, Finding &F) {
  std::string Template = A.Config.deadlineTemplate(S.Protocol);
  bool Unnamed =
      (S.ContextVar.empty() && Template.find("{context") != std::string::npos) ||
      (S.InboundVar.empty() && Template.find("{inbound") != std::string::npos);
  if (Template.empty() || Unnamed || !S.StatementStart.valid())
    return;
  F.FixIts.push_back(
      {S.StatementStart, 0,
       expandTemplate(Template, S) + "\n" +
           std::string(S.StatementStart.Column - 1, ' ')});
}
} // namespace

void MissingDeadlineCheck::run(const Analysis &A,
                               std::vector<Finding> &Out) const {
  std::map<std::string, int64_t> Budgets = inboundBudgets(A);
  std::set<std::string> TimedTransports = transportsWithTimeouts(A);
  for (const FirstReach &R : firstReaches(A, waitedFor)) {
    const Site &S = A.site(R.First->Site);
    bool UntimedTransport = S.Deadline == DeadlineKind::OnTransport &&
                            !TimedTransports.count(S.Protocol);
    if (S.Deadline == DeadlineKind::Missing || UntimedTransport) {
      Finding F = finding(
          S.Loc, describeRemoteCall(S) + " in the request path of " +
                     describeEntry(A, *R.Path) +
                     " has no deadline: it can wait as long as the callee "
                     "hangs" +
                     (UntimedTransport ? "; no " + S.Protocol +
                                             " transport in the program sets "
                                             "a timeout"
                                       : std::string()) +
                     defaultWait(S));
      addWitness(A, *R.Path, *R.First, F);
      F.Suggestion =
          UntimedTransport
              ? "set a receive timeout on the transport where clients are "
                "built (TSocket::setRecvTimeout), derived from the inbound "
                "request's deadline where the client is made per request"
              : "derive a deadline from the inbound request's "
                "(propagate it) or set one explicitly";
      addDeadlineFixIt(A, S, F);
      Out.push_back(std::move(F));
      continue;
    }
    if (S.ReusedDeadline) {
      Finding F = finding(
          S.Loc, describeRemoteCall(S) + " in the request path of " +
                     describeEntry(A, *R.Path) +
                     " reuses an absolute deadline set once on a long-lived "
                     "context or value: it does not move, so once it has "
                     "passed every later call fails at once");
      addWitness(A, *R.Path, *R.First, F);
      F.Suggestion = "give each call a fresh context and a deadline of its "
                     "own: relative to now, or derived from the inbound "
                     "request's";
      Out.push_back(std::move(F));
      continue;
    }
    auto Budget =
        Budgets.find(R.Path->Service + "." + A.entry(*R.Path).Via);
    if (S.Deadline == DeadlineKind::Constant && S.DeadlineMs >= 0 &&
        Budget != Budgets.end() && S.DeadlineMs > Budget->second) {
      Finding F = finding(
          S.Loc, "deadline inversion: " + describeRemoteCall(S) + " waits up to " +
                     std::to_string(S.DeadlineMs) + " ms, but callers of " +
                     R.Path->Service + "." + A.entry(*R.Path).Via +
                     " give it only " +
                     std::to_string(Budget->second) + " ms");
      addWitness(A, *R.Path, *R.First, F);
      F.Suggestion = "propagate the inbound deadline instead of a constant "
                     "one, so no hop outlives its caller";
      Out.push_back(std::move(F));
    }
  }
}

} // namespace decouple
