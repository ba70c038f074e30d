//===- ServiceGraph.cpp ---------------------------------------------------===//
#include "analysis/ServiceGraph.h"

#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/SCCIterator.h"

#include <algorithm>

namespace decouple {
namespace {

/// The sync edges as a graph LLVM's SCC iterator can walk: one node per
/// service, and a root that calls every service so that one walk from it
/// visits them all.
struct SyncNode {
  const std::string *Service = nullptr; // null for the root
  std::vector<SyncNode *> Callees;
};

struct SyncGraph {
  std::vector<SyncNode> Nodes; // Nodes[0] is the root
};

} // namespace
} // namespace decouple

template <> struct llvm::GraphTraits<decouple::SyncGraph *> {
  using NodeRef = decouple::SyncNode *;
  using ChildIteratorType = std::vector<NodeRef>::const_iterator;
  static NodeRef getEntryNode(decouple::SyncGraph *G) {
    return &G->Nodes.front();
  }
  static ChildIteratorType child_begin(NodeRef N) { return N->Callees.begin(); }
  static ChildIteratorType child_end(NodeRef N) { return N->Callees.end(); }
};

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
    for (size_t R = 0; R < Path.Reaches.size(); ++R) {
      const Site &S = Graph.sites()[Path.Reaches[R].Site];
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
      Edges[It->second].Reaches.push_back({P, R});
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

constexpr size_t MaxChainServices = 2000;

std::vector<ReachRef> ServiceGraph::chainFrom(size_t P,
                                              std::set<std::string> &OnStack) const {
  // Memoised per (path, services already on the chain): exact, and each
  // combination is computed once.
  std::string Key = std::to_string(P);
  for (const std::string &S : OnStack)
    Key += "|" + S;
  if (auto It = ChainMemo.find(Key); It != ChainMemo.end())
    return It->second;
  std::vector<ReachRef> Best;
  const RequestPath &Path = Paths[P];
  OnStack.insert(Path.Service);
  for (size_t R = 0; R < Path.Reaches.size(); ++R) {
    const Site &S = Graph.sites()[Path.Reaches[R].Site];
    if (S.Kind != SiteKind::RemoteCall || !couplesInTime(S.Mode) ||
        S.Service.empty() || OnStack.count(S.Service))
      continue;
    std::vector<ReachRef> Rest;
    auto Next = EntriesOf.find(S.Service);
    if (Next != EntriesOf.end()) {
      // Prefer the entry that serves the called method; else any entry.
      std::vector<size_t> Candidates;
      for (size_t C : Next->second)
        if (Graph.sites()[Paths[C].Entry].Via == S.Via)
          Candidates.push_back(C);
      if (Candidates.empty())
        Candidates = Next->second;
      // The recursion is as deep as the chain has services; past
      // MaxChainServices the chain is cut there rather than the stack.
      if (OnStack.size() >= MaxChainServices)
        Candidates.clear();
      for (size_t C : Candidates) {
        std::vector<ReachRef> Sub = chainFrom(C, OnStack);
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

std::vector<ReachRef> ServiceGraph::longestChain(size_t P) const {
  std::set<std::string> OnStack;
  return chainFrom(P, OnStack);
}

std::vector<std::vector<std::string>> ServiceGraph::syncCycles() const {
  SyncGraph G;
  G.Nodes.resize(Services.size() + 1);
  std::map<std::string, SyncNode *> NodeOf;
  size_t I = 1;
  for (const std::string &S : Services) {
    G.Nodes[I].Service = &S;
    G.Nodes.front().Callees.push_back(&G.Nodes[I]);
    NodeOf[S] = &G.Nodes[I++];
  }
  for (const ServiceEdge &E : Edges)
    if (E.Kind == ServiceEdgeKind::Sync)
      NodeOf[E.From]->Callees.push_back(NodeOf[E.To]);

  // hasCycle(): more than one service, or one that calls itself. The root
  // has no callers, so it is never part of one.
  std::vector<std::vector<std::string>> Out;
  for (auto SCC = llvm::scc_begin(&G); !SCC.isAtEnd(); ++SCC) {
    if (!SCC.hasCycle())
      continue;
    std::vector<std::string> Component;
    for (const SyncNode *N : *SCC)
      Component.push_back(*N->Service);
    std::sort(Component.begin(), Component.end());
    Out.push_back(std::move(Component));
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

} // namespace decouple
