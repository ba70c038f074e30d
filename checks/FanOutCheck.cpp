//===- FanOutCheck.cpp - coupling-fan-out ---===//
#include "checks/FanOutCheck.h"
#include "checks/Witness.h"

#include <cmath>
#include <cstdio>

namespace decouple {

void FanOutCheck::run(const Analysis &A, std::vector<Finding> &Out) const {
  int64_t Max = intOption("MaxCalls");
  double Each = realOption("Availability") / 100.0;
  for (const RequestPath &P : A.Paths) {
    if (A.entry(P).Consumer)
      continue;
    std::vector<const Reach *> Calls;
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      if (S.Kind == SiteKind::RemoteCall && couplesInTime(S.Mode) &&
          !allowListed(A, S))
        Calls.push_back(&R);
    }
    if (static_cast<int64_t>(Calls.size()) <= Max)
      continue;
    double Total = std::pow(Each, static_cast<double>(Calls.size())) * 100.0;
    char Numbers[160];
    const char *Plural = Calls.size() == 1 ? "" : "s";
    std::snprintf(Numbers, sizeof(Numbers),
                  "%zu call%s at %.4g%% each give%s %.4g%% at best",
                  Calls.size(), Plural, Each * 100.0,
                  Calls.size() == 1 ? "s" : "", Total);
    Finding F = finding(A.entry(P).Loc,
                        describeEntry(A, P) + " waits on " +
                            std::to_string(Calls.size()) +
                            " synchronous remote call" + Plural +
                            " (threshold " +
                            std::to_string(Max) + "): " + Numbers);
    for (const Reach *R : Calls)
      F.Notes.push_back({A.site(R->Site).Loc, describeRemoteCall(A.site(R->Site))});
    F.Suggestion = "compose the response from a local read model fed by "
                   "events, or move the calls behind a queue";
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
