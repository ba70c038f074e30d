//===- Report.h - Findings out: text, SARIF, JSON ---------------*- C++ -*-===//
//
// Also the CI-facing parts of a finding: stable fingerprints (path relative
// to the project + check id + the whitespace-stripped source line, as
// CodeChecker does), NOLINT suppression, and baselines.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_REPORT_H
#define DECOUPLE_DRIVER_REPORT_H

#include "checks/CouplingCheck.h"

#include "llvm/Support/raw_ostream.h"

#include <map>
#include <memory>
#include <set>

namespace decouple {

/// Reads source lines on demand, once per file.
class SourceLines {
public:
  /// The 1-based line, or null.
  const std::string *line(const std::string &File, unsigned Line);
  /// The position \p Length bytes after \p Loc (for fix-it ranges).
  Location advance(const Location &Loc, unsigned Length);

private:
  std::map<std::string, std::vector<std::string>> Files;
};

/// Sets Finding::Fingerprint; paths are made relative to \p Root.
void assignFingerprints(std::vector<Finding> &Findings, const std::string &Root,
                        SourceLines &Lines);

/// NOLINT / NOLINTNEXTLINE / NOLINT(check-glob,...) on the finding's line.
bool suppressedInSource(const Finding &F, SourceLines &Lines);

void writeText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               SourceLines &Lines);
void writeJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);
void writeSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                SourceLines &Lines);

/// Baseline files: {"version": 1, "fingerprints": [...]}.
bool readBaseline(const std::string &Path, std::set<std::string> &Out,
                  std::string &Error);
bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   std::string &Error);

} // namespace decouple

#endif
