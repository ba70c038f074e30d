//===- Incomplete.h - Findings from TUs that did not fully parse -*- C++ -*-===//
//
// A TU with missing headers or errors is analysed as far as it parses; a
// finding whose location or witness lies in such a TU may miss calls (or be
// wrong about a deadline), so every output format says so.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_CHECKS_INCOMPLETE_H
#define DECOUPLE_CHECKS_INCOMPLETE_H

#include "analysis/Analysis.h"
#include "checks/Finding.h"

#include <vector>

namespace decouple {

/// Sets Finding::PossiblyIncomplete on each finding whose location or a
/// note lies in a TU that parsed with errors (ProgramGraph::partialTus).
void markPossiblyIncomplete(const Analysis &A, std::vector<Finding> &Findings);

/// The sentence the text and SARIF outputs add to such findings.
const char *possiblyIncompleteNote();

} // namespace decouple

#endif
