//===- ServiceMap.h - The service dependency map ----------------*- C++ -*-===//
//
// The map `decouple map` draws: services, external hosts, datastores and
// topics as nodes; sync, async and datastore edges with every call site;
// per-service fan-in/out, owned and shared datastores, the longest sync
// chain, cycles, and an availability estimate per entry point. Built from
// the same request paths and service graph the checks read, so the map and
// the findings never disagree. docs/map-format.md documents the JSON form.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_ANALYSIS_SERVICEMAP_H
#define DECOUPLE_ANALYSIS_SERVICEMAP_H

#include "analysis/Analysis.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace decouple {

struct MapEntryPoint {
  std::string Protocol, Name, Function;
  Location Loc;
  bool Consumer = false;
  double Availability = 1.0; // product over the sync hops it waits on
  size_t SyncHops = 0;       // how many distinct sync dependencies it has
};

struct MapServiceStats {
  size_t SyncFanIn = 0, SyncFanOut = 0, AsyncFanIn = 0, AsyncFanOut = 0;
  std::vector<std::string> OwnsDatastores, SharesDatastores;
  std::vector<std::string> LongestSyncChain; // services, this one first
  std::vector<size_t> Cycles;                // indices into ServiceMap::Cycles
};

struct MapNode {
  std::string Id, Kind, Name; // Kind: service | external | datastore | topic
  std::string NameSource;     // idl | config | url | heuristic:<which>
  std::string Technology;     // may be empty
  std::vector<MapEntryPoint> EntryPoints; // services only
  MapServiceStats Stats;                  // services only
};

struct MapSite {
  Location Loc;
  std::string Function, Via;
};

struct MapEdge {
  std::string From, To, Kind; // Kind: sync | async | datastore
  std::string Mode;           // sync: blocking | awaited | async-joined
  std::string Access;         // datastore: read | write | read-write
  std::set<std::string> Via;
  std::string ConnectionType; // unset | messaging_system | database
  std::vector<MapSite> Sites; // sorted by file, line, column
  std::string id() const;
};

struct ServiceMap {
  double HopAvailability = 0.999;
  std::vector<MapNode> Nodes; // sorted by id
  std::vector<MapEdge> Edges; // sorted by id
  std::vector<std::vector<std::string>> Cycles;

  const MapNode *node(const std::string &Id) const;
};

/// The datastore a datastore site touches: "<technology>" from the rule's
/// store, or "<technology>:<name>" when the handle's open call named the
/// database (sqlite3_open("orders.db", &db)).
std::string datastoreId(const Site &S);
/// The first table the site's SQL names (index/SqlText.h), or "".
std::string tableOf(const Site &S);
/// What a datastore edge's `via` gets from the site: every table its SQL
/// names; none for transaction control alone (BEGIN, COMMIT, ROLLBACK);
/// the site's own via (a command verb, the store) when it is not SQL.
std::vector<std::string> datastoreVia(const Site &S);

/// Builds the map. Paths in it stay absolute; writers make them relative.
ServiceMap buildServiceMap(const Analysis &A, double HopAvailability);

} // namespace decouple

#endif
