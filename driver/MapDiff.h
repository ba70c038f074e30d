//===- MapDiff.h - The static map against a runtime service graph -*- C++ -*-===//
//
// Reads a runtime service graph (Jaeger's dependencies JSON, or the
// OpenTelemetry service-graph connector's Prometheus text exposition) and
// compares it with the map's service-level edges.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_MAPDIFF_H
#define DECOUPLE_DRIVER_MAPDIFF_H

#include "analysis/ProjectConfig.h"

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace decouple {

/// One runtime edge. Kind is sync, async or datastore from the OTel
/// connection_type, "" when the export does not say (Jaeger).
struct RuntimeEdge {
  std::string Client, Server, Kind;
  uint64_t Calls = 0;
  unsigned Line = 0; // where it is in the export
};

/// Parses either format (told apart by the first character); errors are
/// "file:line: error: ...".
bool loadRuntimeGraph(const std::string &Path, std::vector<RuntimeEdge> &Out,
                      std::string &Error);

struct MapDifferences {
  size_t RuntimeOnly = 0, CodeOnly = 0, KindDiffers = 0;
  size_t total() const { return RuntimeOnly + CodeOnly + KindDiffers; }
};

/// Compares and prints one line per difference to \p OS; names on both
/// sides go through the config's aliases.
MapDifferences diffMap(const nlohmann::json &Map, const std::vector<RuntimeEdge> &Runtime,
                       const ProjectConfig &Config, const std::string &RuntimeFile,
                       llvm::raw_ostream &OS);

} // namespace decouple

#endif
