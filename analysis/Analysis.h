//===- Analysis.h - Everything the checks read ------------------*- C++ -*-===//
#ifndef DECOUPLE_ANALYSIS_ANALYSIS_H
#define DECOUPLE_ANALYSIS_ANALYSIS_H

#include "analysis/ProjectConfig.h"
#include "analysis/RequestPaths.h"
#include "analysis/ServiceGraph.h"

namespace decouple {

/// The linked program, its request paths and its service graph, computed
/// once and shared by every check.
struct Analysis {
  Analysis(const ProgramGraph &Graph, const RuleSet &Rules,
           const ProjectConfig &Config)
      : Graph(Graph), Rules(Rules), Config(Config),
        Paths(RequestPathFinder(Graph, Config, Rules).findAll()),
        Services(Graph, Paths) {}

  const ProgramGraph &Graph;
  const RuleSet &Rules;
  const ProjectConfig &Config;
  const std::vector<RequestPath> Paths;
  const ServiceGraph Services;

  const Site &site(SiteId S) const { return Graph.sites()[S]; }
  const Site &entry(const RequestPath &P) const { return site(P.Entry); }
  const Reach &reach(ReachRef R) const { return Paths[R.Path].Reaches[R.Reach]; }
  const Site &site(ReachRef R) const { return site(reach(R).Site); }
  const FunctionInfo &function(FunctionId F) const {
    return Graph.functions()[F];
  }
};

} // namespace decouple

#endif
