//===- RequestPaths.cpp ---------------------------------------------------===//
#include "analysis/RequestPaths.h"

#include "llvm/Support/Path.h"

#include <deque>
#include <tuple>

namespace decouple {

std::string RequestPathFinder::serviceOf(const Site &Entry,
                                         bool &Guessed) const {
  Guessed = false;
  if (!Entry.Service.empty())
    return Entry.Service;
  if (std::string S = Config.serviceForPath(Entry.Loc.File); !S.empty())
    return S;
  for (const Rule &R : Rules.Rules)
    if (R.Kind == Role::ServiceNaming && matchesAny(R.Match.Path, Entry.Loc.File))
      return R.ServiceName;
  Guessed = true;
  return llvm::sys::path::filename(llvm::sys::path::parent_path(Entry.Loc.File))
      .str();
}

bool runsBefore(const Reach &A, const Location &AtA, const Reach &B,
                const Location &AtB) {
  // Witnesses of one path follow one breadth-first tree, and step 0 is the
  // handler: they agree up to the step where they part.
  size_t I = 1;
  while (I < A.Witness.size() && I < B.Witness.size() &&
         A.Witness[I].Function == B.Witness[I].Function)
    ++I;
  const Location &LA = I < A.Witness.size() ? A.Witness[I].CallSite : AtA;
  const Location &LB = I < B.Witness.size() ? B.Witness[I].CallSite : AtB;
  return std::tie(LA.File, LA.Line, LA.Column) <
         std::tie(LB.File, LB.Line, LB.Column);
}

std::vector<RequestPath> RequestPathFinder::findAll() const {
  std::vector<RequestPath> Paths;
  size_t N = Graph.functions().size();
  // Per-walk scratch, reset through the visit list rather than cleared.
  std::vector<int64_t> Parent(N, -2); // -2 unvisited, -1 root
  std::vector<const GraphEdge *> Via(N, nullptr);
  std::vector<FunctionId> Visited;
  for (SiteId E : Graph.entryPoints()) {
    const Site &Entry = Graph.sites()[E];
    int64_t Root = Graph.find(Entry.Function);
    if (Root < 0)
      continue;
    RequestPath P;
    P.Entry = E;
    P.Handler = static_cast<FunctionId>(Root);
    P.Service = serviceOf(Entry, P.ServiceGuessed);

    std::deque<FunctionId> Queue{P.Handler};
    Parent[P.Handler] = -1;
    Visited.push_back(P.Handler);
    while (!Queue.empty()) {
      FunctionId F = Queue.front();
      Queue.pop_front();
      for (SiteId S : Graph.sitesIn(F)) {
        Reach R{S, {}};
        for (int64_t At = F; At >= 0; At = Parent[At])
          R.Witness.push_back({static_cast<FunctionId>(At),
                            Via[At] ? Graph.location(*Via[At]) : Location()});
        std::reverse(R.Witness.begin(), R.Witness.end());
        P.Reaches.push_back(std::move(R));
      }
      for (const GraphEdge &Edge : Graph.callees(F)) {
        if (Edge.Kind == EdgeKind::Deferred || Parent[Edge.To] != -2)
          continue;
        Parent[Edge.To] = F;
        Via[Edge.To] = &Edge;
        Visited.push_back(Edge.To);
        Queue.push_back(Edge.To);
      }
    }
    for (FunctionId F : Visited) {
      Parent[F] = -2;
      Via[F] = nullptr;
    }
    Visited.clear();
    Paths.push_back(std::move(P));
  }
  return Paths;
}

} // namespace decouple
