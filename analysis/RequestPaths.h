//===- RequestPaths.h - What each entry point reaches, and how --*- C++ -*-===//
//
// From every entry point, a breadth-first walk of the program graph finds
// the remote calls, publishes, datastore accesses and blocking calls it
// reaches. Breadth-first keeps each witness as short as possible, which
// is the path a reader wants to see. Deferred edges (spawned threads,
// registered handlers) are not followed: that code does not run while the
// request waits.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_ANALYSIS_REQUESTPATHS_H
#define DECOUPLE_ANALYSIS_REQUESTPATHS_H

#include "analysis/ProjectConfig.h"
#include "index/ProgramGraph.h"
#include "rules/RuleSet.h"

namespace decouple {

/// One step of a witness: a function, and the call site (in the previous
/// step's function) that entered it. Step 0 is the entry point's handler.
struct WitnessStep {
  FunctionId Function;
  Location CallSite;
};

/// One site reached on a request path, with its witness: the shortest chain
/// of calls from the handler to the function that contains the site.
struct Reach {
  SiteId Site;
  std::vector<WitnessStep> Witness;
};

/// Everything one entry point reaches while the request waits.
struct RequestPath {
  SiteId Entry;
  FunctionId Handler;
  std::string Service;
  bool ServiceGuessed = false; // named by the directory heuristic
  std::vector<Reach> Reaches;  // in breadth-first order
};

/// Whether, on one request path, the code at \p AtA runs before the code at
/// \p AtB, where each lies in the function its reach's site is in. Source
/// order, compared in the last function the two witnesses share: the call
/// sites that lead toward each, or the locations themselves. It follows no
/// branches or loops, and says false when it cannot tell (the same call).
bool runsBefore(const Reach &A, const Location &AtA, const Reach &B,
                const Location &AtB);

/// True for the modes that keep the caller waiting on the callee.
inline bool couplesInTime(CallMode M) { return M != CallMode::AsyncDetached; }

class RequestPathFinder {
public:
  RequestPathFinder(const ProgramGraph &Graph, const ProjectConfig &Config,
                    const RuleSet &Rules)
      : Graph(Graph), Config(Config), Rules(Rules) {}

  /// One RequestPath per entry point (request and consumer kinds alike).
  std::vector<RequestPath> findAll() const;

  /// The service an entry point belongs to (see ProjectConfig, then rules,
  /// then the entry's directory name as a last resort).
  std::string serviceOf(const Site &Entry, bool &Guessed) const;

private:
  const ProgramGraph &Graph;
  const ProjectConfig &Config;
  const RuleSet &Rules;
};

} // namespace decouple

#endif
