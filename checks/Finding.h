//===- Finding.h - What a check reports -------------------------*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_FINDING_H
#define DECOUPLE_CHECKS_FINDING_H

#include "index/TuSummary.h"

#include <string>
#include <vector>

namespace decouple {

enum class Severity { Note, Warning, Error };
const char *severityName(Severity S);
bool parseSeverity(const std::string &Text, Severity &Out);

struct FindingNote {
  Location Loc;
  std::string Message;
};

/// Replaces Length bytes starting at Loc.
struct FixIt {
  Location Loc;
  unsigned Length = 0;
  std::string Replacement;
};

/// The request path behind a finding, as fields for --format json. Set by
/// addWitness (checks/Witness.h); empty for a finding on no single path.
struct FindingPath {
  std::string EntryPoint;    // "HTTP POST /orders", "gRPC Orders.Place"
  std::string Service;       // the entry point's service
  std::string CalleeService; // the remote call's service ("" if unknown)
  std::string Mode;          // the remote call's callModeName
  /// The entry point, each call toward the site, then the site.
  std::vector<Location> Witness;
  bool empty() const { return EntryPoint.empty(); }
};

struct Finding {
  std::string CheckId;
  Severity Level = Severity::Warning;
  Location Loc;
  std::string Message;
  std::vector<FindingNote> Notes; // the witness, one note per step
  std::string Suggestion;         // the refactoring, in one or two sentences
  std::vector<FixIt> FixIts;
  FindingPath Path; // the first request path addWitness was given
  std::string Fingerprint; // stable across unrelated edits; set by the driver
  /// A TU that the finding's location or witness lies in parsed with errors
  /// (missing headers): calls may be missing from it. Set by
  /// markPossiblyIncomplete (checks/Incomplete.h).
  bool PossiblyIncomplete = false;
  /// From the check (CouplingCheck::failsRunByDefault): false for
  /// informative checks, whose findings fail a run only when "fail_on"
  /// names them.
  bool FailsRunByDefault = true;
};

} // namespace decouple

#endif
