//===- Baseline.h - The CI gate that hides known findings -------*- C++ -*-===//
//
// A baseline lists the fingerprints (session/ProjectSession.h) of findings
// a team accepted; --baseline then reports only the new ones.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_BASELINE_H
#define DECOUPLE_DRIVER_BASELINE_H

#include "checks/Finding.h"

#include <set>
#include <string>
#include <vector>

namespace decouple {

/// Baseline files: {"version": 1, "fingerprints": [...]}.
bool readBaseline(const std::string &Path, std::set<std::string> &Out,
                  std::string &Error);
bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   std::string &Error);

} // namespace decouple

#endif
