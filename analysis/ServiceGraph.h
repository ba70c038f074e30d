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

/// A reached site, named by its request path and its place in it.
struct PathSite {
  size_t Path;
  size_t Reached;
};

struct ServiceEdge {
  std::string From, To;
  ServiceEdgeKind Kind;
  std::string Via;
  std::vector<PathSite> Sites;
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
  /// one PathSite per hop (never revisiting a service).
  std::vector<PathSite> longestChain(size_t P) const;

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
  mutable std::map<std::string, std::vector<PathSite>> ChainMemo;

  std::vector<PathSite> chainFrom(size_t P,
                                  std::set<std::string> &OnStack) const;
};

} // namespace decouple

#endif
