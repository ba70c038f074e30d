//===- BlockingCallInEventLoopCheck.cpp - coupling-blocking-call-in-event-loop ---===//
#include "checks/BlockingCallInEventLoopCheck.h"
#include "checks/Witness.h"

#include <functional>
#include <set>

namespace decouple {

void BlockingCallInEventLoopCheck::run(const Analysis &A,
                                       std::vector<Finding> &Out) const {
  std::set<SiteId> Reported;
  for (const RequestPath &P : A.Paths) {
    const Site &Entry = A.entry(P);
    if (!Entry.EventLoop)
      continue;
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      bool Blocks = S.Kind == SiteKind::BlockingCall ||
                    (S.Kind == SiteKind::RemoteCall &&
                     (S.Mode == CallMode::Sync ||
                      S.Mode == CallMode::AsyncJoined));
      if (!Blocks || allowListed(A, S) || !Reported.insert(R.Site).second)
        continue;
      std::string What = S.Kind == SiteKind::BlockingCall
                             ? "blocking call " + S.Callee
                             : "blocking " + describeRemoteCall(S);
      Finding F = finding(S.Loc, What + " on the event loop of " +
                                     describeEntry(A, P) +
                                     ": it stalls every other request on "
                                     "that loop");
      addWitness(A, P, R, F);
      F.Suggestion = "use the framework's asynchronous client and resume on "
                     "completion, or hand the work to a worker pool";
      Out.push_back(std::move(F));
    }
  }
}

} // namespace decouple
