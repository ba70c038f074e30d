//===- Budget.h - The CI gate on sync edges and chain depth -----*- C++ -*-===//
//
// A coupling budget records the sync edges between services and the
// longest sync chain; a run fails when an edge is new or the chain grew.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_BUDGET_H
#define DECOUPLE_DRIVER_BUDGET_H

#include "analysis/Analysis.h"

#include <string>

namespace decouple {

/// One violation: where (an empty file for the chain depth) and what.
struct BudgetBreach {
  Location Loc;
  std::string Message;
};

/// Returns the number of budget violations (printed, and appended to
/// \p Breaches when given), or -1 on a bad file.
int checkBudget(const std::string &Path, const Analysis &A,
                std::vector<BudgetBreach> *Breaches = nullptr);
/// The sync edges between services and the longest sync chain in hops, as
/// the budget counts them (for the end summary).
std::pair<size_t, int64_t> syncShape(const Analysis &A);
/// Records the current sync edges and chain depth.
bool writeBudget(const std::string &Path, const Analysis &A);

} // namespace decouple

#endif
