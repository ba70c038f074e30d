//===- Baseline.h - The CI gate that hides known findings -------*- C++ -*-===//
//
// A baseline lists the findings a team accepted, each by its fingerprint
// (session/ProjectSession.h); --baseline then reports only the new ones,
// says how many it hid and which entries no longer match (stale).
//
// Version 2 (written now), readable and reviewable:
//   {"version": 2, "findings": [{"file": "src/a.cpp", "line": 12,
//     "check": "coupling-...", "message": "...", "fingerprint": "...",
//     "reason": "optional, why it is accepted"}]}
// Version 1 ({"version": 1, "fingerprints": [...]}) is still read: its
// fingerprints lack the column and occurrence index, so each one hides the
// first finding (in file order) whose version 1 fingerprint equals it, and
// no more; the run notes that `decouple baseline` upgrades the file.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_BASELINE_H
#define DECOUPLE_DRIVER_BASELINE_H

#include "checks/Finding.h"

#include <functional>
#include <string>
#include <vector>

namespace decouple {

struct BaselineEntry {
  std::string File; // relative to the project root
  unsigned Line = 0;
  std::string CheckId, Message, Fingerprint, Reason;
};

struct Baseline {
  int Version = 2;
  std::vector<BaselineEntry> Entries;
};

bool readBaseline(const std::string &Path, Baseline &Out, std::string &Error);

/// Writes \p Findings as a version 2 baseline; a reason already recorded
/// in \p Previous for the same fingerprint is kept.
bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   const std::string &Root, const Baseline *Previous,
                   std::string &Error);

struct BaselineMatch {
  std::vector<Finding> Known;             // hidden, in order
  std::vector<BaselineEntry> Stale;       // entries no finding matched
};

/// Moves the findings \p B lists from \p Findings to the result.
/// \p LegacyPrint gives a finding's version 1 fingerprint.
BaselineMatch
applyBaseline(const Baseline &B, std::vector<Finding> &Findings,
              const std::function<std::string(const Finding &)> &LegacyPrint);

} // namespace decouple

#endif
