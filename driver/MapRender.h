//===- MapRender.h - The service map as JSON, DOT and Mermaid ---*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_MAPRENDER_H
#define DECOUPLE_DRIVER_MAPRENDER_H

#include "analysis/ServiceMap.h"
#include "checks/Finding.h"

#include <nlohmann/json.hpp>

namespace decouple {

/// The map JSON (docs/map-format.md, docs/map.schema.json): paths relative
/// to \p Root, findings attached to the sites they are reported at.
nlohmann::json mapToJson(const ServiceMap &Map, const std::vector<Finding> &Findings,
                         const std::string &Root, const std::string &ToolVersion);

/// Graphviz DOT of the map JSON: one node per map node, shapes by kind,
/// solid / bold / dashed / dotted edges for blocking / awaited / async /
/// datastore.
std::string mapToDot(const nlohmann::json &Map);

/// Mermaid flowchart that GitHub renders. Above \p MaxEdges edges or
/// \p MaxText characters it collapses to one edge per (from, to, kind)
/// between services and says so in a %% comment.
std::string mapToMermaid(const nlohmann::json &Map, size_t MaxEdges = 500,
                         size_t MaxText = 50000);

} // namespace decouple

#endif
