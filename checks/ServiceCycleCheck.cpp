//===- ServiceCycleCheck.cpp - coupling-service-cycle ---===//
#include "checks/ServiceCycleCheck.h"
#include "checks/Witness.h"

#include <functional>
#include <set>

namespace decouple {

void ServiceCycleCheck::run(const Analysis &A,
                            std::vector<Finding> &Out) const {
  for (const std::vector<std::string> &Cycle : A.Services.syncCycles()) {
    std::set<std::string> Members(Cycle.begin(), Cycle.end());
    // Walk sync edges inside the component from its first member back to it.
    std::vector<const ServiceEdge *> Walk;
    std::set<std::string> Seen;
    std::function<bool(const std::string &)> Dfs = [&](const std::string &At) {
      for (const ServiceEdge &E : A.Services.edges()) {
        if (E.Kind != ServiceEdgeKind::Sync || E.From != At ||
            !Members.count(E.To))
          continue;
        Walk.push_back(&E);
        if (E.To == Cycle.front())
          return true;
        if (Seen.insert(E.To).second && Dfs(E.To))
          return true;
        Walk.pop_back();
      }
      return false;
    };
    if (!Dfs(Cycle.front()) || Walk.empty())
      continue;
    std::string Text = Cycle.front();
    for (const ServiceEdge *E : Walk)
      Text += " -> " + E->To;
    const Site &S = A.site(Walk.front()->Reaches.front());
    Finding F = finding(S.Loc, "sync cycle between services: " + Text +
                                   "; none of them can answer while another "
                                   "in the cycle is down");
    for (const ServiceEdge *E : Walk) {
      ReachRef First = E->Reaches.front();
      F.Notes.push_back({A.site(First).Loc,
                         E->From + " -> " + E->To + " from " +
                             describeEntry(A, A.Paths[First.Path])});
    }
    F.Suggestion = "break the cycle with events: let one side keep a local "
                   "read model of the other's data, fed by published "
                   "changes";
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
