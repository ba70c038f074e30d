//===- ServiceGraph.h - Services and the edges between them -----*- C++ -*-===//
//
// Lifts request paths to services: an entry point of service A that reaches
// a time-coupled call to B is a sync edge A -> B; a publish is an async edge
// to its topic; a datastore access is a datastore edge. Chains and cycles of
// sync edges are what the whole-program checks report, and the service map
// is drawn from the same edges.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_ANALYSIS_SERVICEGRAPH_H
#define DECOUPLE_ANALYSIS_SERVICEGRAPH_H

#include "analysis/RequestPaths.h"

#include <map>
#include <set>

namespace decouple {

enum class ServiceEdgeKind { Sync, Async, Datastore };
const char *serviceEdgeKindName(ServiceEdgeKind K);

/// A Reach named by indices: Paths[Path].Reaches[Reach]. What service edges
/// and chains hold, so they stay valid when copied with the paths.
struct ReachRef {
  size_t Path;
  size_t Reach;
};

struct ServiceEdge {
  std::string From, To;
  ServiceEdgeKind Kind;
  std::string Via;
  std::vector<ReachRef> Reaches; // the reaches that make this edge
};

class ServiceGraph {
public:
  ServiceGraph(const ProgramGraph &Graph, const std::vector<RequestPath> &Paths);

  const std::vector<ServiceEdge> &edges() const { return Edges; }
  const std::set<std::string> &services() const { return Services; }

  /// Request paths whose service no other service calls synchronously:
  /// where chains start. Consumers are excluded.
  std::vector<size_t> externalEntries() const;

  /// The longest chain of sync service hops starting at request path \p P,
  /// one ReachRef per hop (never revisiting a service).
  std::vector<ReachRef> longestChain(size_t P) const;

  /// Strongly connected sets of services joined by sync edges (size > 1, or
  /// a service that calls itself), each in a stable order.
  std::vector<std::vector<std::string>> syncCycles() const;

  /// A sync edge From -> To, if there is one.
  const ServiceEdge *syncEdge(const std::string &From,
                              const std::string &To) const;

private:
  const ProgramGraph &Graph;
  const std::vector<RequestPath> &Paths;
  std::vector<ServiceEdge> Edges;
  std::set<std::string> Services;
  std::map<std::string, std::vector<size_t>> EntriesOf; // service -> paths
  mutable std::map<std::string, std::vector<ReachRef>> ChainMemo;

  std::vector<ReachRef> chainFrom(size_t P,
                                  std::set<std::string> &OnStack) const;
};

} // namespace decouple

#endif
