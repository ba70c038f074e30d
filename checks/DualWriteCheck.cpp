//===- DualWriteCheck.cpp - coupling-dual-write ---===//
#include "checks/DualWriteCheck.h"
#include "checks/Witness.h"

#include <functional>
#include <set>

namespace decouple {

void DualWriteCheck::run(const Analysis &A, std::vector<Finding> &Out) const {
  std::set<std::pair<SiteId, SiteId>> Reported;
  for (const RequestPath &P : A.Paths) {
    if (A.entry(P).Consumer)
      continue;
    const Reach *Write = nullptr, *Other = nullptr;
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      if (allowListed(A, S))
        continue;
      // A publish is the classic outbox case; prefer it over a remote call.
      if (!Write && S.Kind == SiteKind::DatastoreWrite)
        Write = &R;
      else if (S.Kind == SiteKind::Publish &&
               (!Other || A.site(Other->Site).Kind != SiteKind::Publish))
        Other = &R;
      else if (!Other && S.Kind == SiteKind::RemoteCall)
        Other = &R;
    }
    if (!Write || !Other || !Reported.insert({Write->Site, Other->Site}).second)
      continue;
    const Site &W = A.site(Write->Site), &O = A.site(Other->Site);
    bool Publish = O.Kind == SiteKind::Publish;
    std::string OtherWhat =
        Publish ? "publishes to " + (O.Via.empty() ? O.Callee : O.Via)
                : "makes a " + describeRemoteCall(O);
    Finding F = finding(A.entry(P).Loc, "dual write: " + describeEntry(A, P) +
                                   " writes to " +
                                   (W.Service.empty() ? std::string("a datastore")
                                                      : W.Service) +
                                   " and " + OtherWhat +
                                   "; if one succeeds and the other fails, "
                                   "they disagree");
    addWitness(A, P, *Write, F);
    F.Notes.push_back({W.Loc, "writes to " + (W.Service.empty() ? W.Callee : W.Service) +
                                  (W.Via.empty() ? "" : ": " + W.Via)});
    addWitness(A, P, *Other, F);
    F.Notes.push_back({O.Loc, "and " + OtherWhat});
    F.Suggestion = "use a transactional outbox: write the event into an "
                   "outbox table in the same database transaction, and let "
                   "a relay publish it";
    if (Publish && !A.Config.OutboxTemplate.empty() && !O.CallText.empty())
      F.FixIts.push_back({O.Loc, static_cast<unsigned>(O.CallText.size()),
                          expandTemplate(A.Config.OutboxTemplate, O)});
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
