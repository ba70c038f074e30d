//===- ProgramGraph.h - Shards linked into one whole-program graph -*- C++ -*-===//
//
// The link step: functions merge by USR, virtual calls fan out to every
// overrider known program-wide, and the marked sites hang off the functions
// that contain them. Nothing here knows about checks or output formats.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_PROGRAMGRAPH_H
#define DECOUPLE_INDEX_PROGRAMGRAPH_H

#include "index/ShardView.h"
#include "index/TuSummary.h"

#include "llvm/ADT/StringMap.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace decouple {

using FunctionId = uint32_t;
using SiteId = uint32_t;
using FileId = uint32_t;

/// A call edge. Its location's file is an id into the graph's file table
/// (ProgramGraph::location), so an edge holds no string: at 100,000 TUs the
/// graph has 7 million edges (docs/performance.md).
struct GraphEdge {
  FunctionId To;
  EdgeKind Kind;
  FileId File;
  unsigned Line, Column;
};

struct LinkStats {
  size_t Tus = 0, TusWithErrors = 0, Functions = 0, Edges = 0,
         UnresolvedIndirect = 0, Sites = 0;
};

class ProgramGraph {
public:
  /// Merges summaries; each may come from a shard or a live AST.
  void add(const TuSummary &TU);
  /// The same for a shard as read (ShardStore::readInto): its calls are
  /// linked without ever becoming strings.
  void add(const ShardView &V);
  /// Resolves virtual calls and de-duplicates; call once after add().
  void finalize();

  const std::vector<FunctionInfo> &functions() const { return Functions; }
  const std::vector<GraphEdge> &callees(FunctionId F) const { return Out[F]; }
  const std::vector<Site> &sites() const { return Sites; }
  /// Sites other than entry points, by the function that contains them.
  const std::vector<SiteId> &sitesIn(FunctionId F) const { return SitesOf[F]; }
  const std::vector<SiteId> &entryPoints() const { return Entries; }
  /// Where an edge's call is.
  Location location(const GraphEdge &E) const {
    return {Files[E.File], E.Line, E.Column};
  }
  /// FunctionId of a USR, or -1.
  int64_t find(const std::string &Usr) const;
  const LinkStats &stats() const { return Stats; }
  /// TUs that parsed with errors: their summaries are partial.
  const std::vector<std::string> &partialTus() const { return Partial; }

private:
  std::vector<FunctionInfo> Functions;
  llvm::StringMap<FunctionId> Ids;
  std::vector<std::string> Files; // by FileId
  llvm::StringMap<FileId> FileIds;
  std::vector<std::vector<GraphEdge>> Out;
  std::vector<Site> Sites;
  std::vector<std::vector<SiteId>> SitesOf;
  std::vector<SiteId> Entries;
  std::vector<std::string> Partial;
  LinkStats Stats;

  // Deadlines through helpers in other TUs (TuSummary::DeadlineFlows).
  using ParamKey = std::pair<std::string, uint32_t>; // function USR, index
  std::map<ParamKey, DeadlineFlow> ParamDeadlines;
  std::vector<DeadlineFlow> Forwards;
  std::vector<std::pair<SiteId, ParamKey>> ContextPasses;

  // Datastore handles' names across TUs (TuSummary::StoreNameFlows).
  std::map<std::string, std::string> StoreNames; // key -> "sqlite:orders.db"
  std::vector<StoreNameFlow> StoreForwards;
  std::vector<std::pair<SiteId, std::string>> StoreUses;

  FunctionId intern(std::string_view Usr);
  FileId fileId(std::string_view Path);
  /// A definition beats a declaration; the first definition wins. \p Make
  /// builds the FunctionInfo, only when it wins.
  template <typename MakeInfo>
  void mergeFunction(std::string_view Usr, bool HasBody, MakeInfo Make);
  /// What add() does after the functions and calls: errors, flows, sites.
  void addRest(const TuSummary &TU);
  /// A datastore site whose handle another TU opened gets its name.
  void followStoreNames();
  /// A context passed to a helper that sets a deadline on it, in whatever
  /// TU, through helpers calling helpers: the site gets that deadline.
  void followDeadlineFlows();
};

} // namespace decouple

#endif
