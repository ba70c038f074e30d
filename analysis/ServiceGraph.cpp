//===- ServiceGraph.cpp ---------------------------------------------------===//
#include "analysis/ServiceGraph.h"

#include <algorithm>
#include <functional>

namespace decouple {

const char *serviceEdgeKindName(ServiceEdgeKind K) {
  switch (K) {
  case ServiceEdgeKind::Sync: return "sync";
  case ServiceEdgeKind::Async: return "async";
  case ServiceEdgeKind::Datastore: return "datastore";
  }
  return "?";
}

ServiceGraph::ServiceGraph(const ProgramGraph &Graph,
                           const std::vector<RequestPath> &Paths)
    : Graph(Graph), Paths(Paths) {
  std::map<std::tuple<std::string, std::string, ServiceEdgeKind>, size_t> Index;
  for (size_t P = 0; P < Paths.size(); ++P) {
    const RequestPath &Path = Paths[P];
    Services.insert(Path.Service);
    EntriesOf[Path.Service].push_back(P);
    for (size_t R = 0; R < Path.Reached.size(); ++R) {
      const Site &S = Graph.sites()[Path.Reached[R].Site];
      ServiceEdgeKind Kind;
      std::string To = S.Service;
      if (S.Kind == SiteKind::RemoteCall && couplesInTime(S.Mode))
        Kind = ServiceEdgeKind::Sync;
      else if (S.Kind == SiteKind::RemoteCall || S.Kind == SiteKind::Publish)
        Kind = ServiceEdgeKind::Async;
      else if (S.Kind == SiteKind::DatastoreRead ||
               S.Kind == SiteKind::DatastoreWrite)
        Kind = ServiceEdgeKind::Datastore;
      else
        continue;
      if (S.Kind == SiteKind::Publish)
        To = S.Via.empty() ? "(unnamed topic)" : S.Via;
      if (To.empty())
        To = "(unknown: " + S.Callee + ")";
      Services.insert(To);
      auto [It, Inserted] =
          Index.try_emplace({Path.Service, To, Kind}, Edges.size());
      if (Inserted)
        Edges.push_back({Path.Service, To, Kind, S.Via, {}});
      Edges[It->second].Sites.push_back({P, R});
    }
  }
}

const ServiceEdge *ServiceGraph::syncEdge(const std::string &From,
                                          const std::string &To) const {
  for (const ServiceEdge &E : Edges)
    if (E.Kind == ServiceEdgeKind::Sync && E.From == From && E.To == To)
      return &E;
  return nullptr;
}

std::vector<size_t> ServiceGraph::externalEntries() const {
  std::set<std::string> Called;
  for (const ServiceEdge &E : Edges)
    if (E.Kind == ServiceEdgeKind::Sync && E.From != E.To)
      Called.insert(E.To);
  std::vector<size_t> Out;
  for (size_t P = 0; P < Paths.size(); ++P)
    if (!Graph.sites()[Paths[P].Entry].Consumer &&
        !Called.count(Paths[P].Service))
      Out.push_back(P);
  return Out;
}

std::vector<PathSite> ServiceGraph::chainFrom(size_t P,
                                              std::set<std::string> &OnStack) const {
  // Memoised per (path, services already on the chain): exact, and each
  // combination is computed once.
  std::string Key = std::to_string(P);
  for (const std::string &S : OnStack)
    Key += "|" + S;
  if (auto It = ChainMemo.find(Key); It != ChainMemo.end())
    return It->second;
  std::vector<PathSite> Best;
  const RequestPath &Path = Paths[P];
  OnStack.insert(Path.Service);
  for (size_t R = 0; R < Path.Reached.size(); ++R) {
    const Site &S = Graph.sites()[Path.Reached[R].Site];
    if (S.Kind != SiteKind::RemoteCall || !couplesInTime(S.Mode) ||
        S.Service.empty() || OnStack.count(S.Service))
      continue;
    std::vector<PathSite> Rest;
    auto Next = EntriesOf.find(S.Service);
    if (Next != EntriesOf.end()) {
      // Prefer the entry that serves the called method; else any entry.
      std::vector<size_t> Candidates;
      for (size_t C : Next->second)
        if (Graph.sites()[Paths[C].Entry].Via == S.Via)
          Candidates.push_back(C);
      if (Candidates.empty())
        Candidates = Next->second;
      for (size_t C : Candidates) {
        std::vector<PathSite> Sub = chainFrom(C, OnStack);
        if (Sub.size() > Rest.size())
          Rest = std::move(Sub);
      }
    }
    if (Rest.size() + 1 > Best.size()) {
      Best = {{P, R}};
      Best.insert(Best.end(), Rest.begin(), Rest.end());
    }
  }
  OnStack.erase(Path.Service);
  ChainMemo.emplace(std::move(Key), Best);
  return Best;
}

std::vector<PathSite> ServiceGraph::longestChain(size_t P) const {
  std::set<std::string> OnStack;
  return chainFrom(P, OnStack);
}

std::vector<std::vector<std::string>> ServiceGraph::syncCycles() const {
  // Tarjan's strongly connected components over the sync edges.
  std::map<std::string, std::vector<std::string>> Succ;
  for (const ServiceEdge &E : Edges)
    if (E.Kind == ServiceEdgeKind::Sync)
      Succ[E.From].push_back(E.To);
  std::map<std::string, int> IndexOf, Low;
  std::set<std::string> OnStack;
  std::vector<std::string> Stack;
  std::vector<std::vector<std::string>> Out;
  int Counter = 0;
  std::function<void(const std::string &)> Visit = [&](const std::string &V) {
    IndexOf[V] = Low[V] = Counter++;
    Stack.push_back(V);
    OnStack.insert(V);
    for (const std::string &W : Succ[V]) {
      if (!IndexOf.count(W)) {
        Visit(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack.count(W)) {
        Low[V] = std::min(Low[V], IndexOf[W]);
      }
    }
    if (Low[V] != IndexOf[V])
      return;
    std::vector<std::string> Component;
    std::string W;
    do {
      W = Stack.back();
      Stack.pop_back();
      OnStack.erase(W);
      Component.push_back(W);
    } while (W != V);
    bool SelfLoop = std::count(Succ[V].begin(), Succ[V].end(), V) > 0;
    if (Component.size() > 1 || SelfLoop) {
      std::sort(Component.begin(), Component.end());
      Out.push_back(std::move(Component));
    }
  };
  for (const std::string &S : Services)
    if (!IndexOf.count(S))
      Visit(S);
  std::sort(Out.begin(), Out.end());
  return Out;
}

} // namespace decouple
