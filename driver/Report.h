//===- Report.h - Findings out: text, SARIF, JSON ---------------*- C++ -*-===//
//
// Writers only: the findings arrive filtered, fingerprinted and sorted
// (session/ProjectSession.h); gates live in Baseline.h and Budget.h.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_REPORT_H
#define DECOUPLE_DRIVER_REPORT_H

#include "checks/CouplingCheck.h"
#include "driver/Budget.h"
#include "session/ProjectSession.h"
#include "session/SourceLines.h"

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <set>

namespace decouple {

/// How the terminal report looks: clang's colours (--color), and with
/// Quiet only each finding and its snippet, no notes.
struct TextOptions {
  bool Color = false;
  bool Quiet = false;
};
void writeText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               SourceLines &Lines, const TextOptions &T = {});
/// The counts --format json adds as its "summary" object.
struct JsonSummary {
  size_t SuppressedByNoLint = 0, HiddenByBaseline = 0, Excluded = 0;
};
void writeJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               const JsonSummary &Summary = {});
/// GitLab Code Quality (driver/CodeQualityReport.cpp); paths relative to Root.
void writeGitLabCodeQuality(llvm::raw_ostream &OS,
                            const std::vector<Finding> &Findings,
                            const std::string &Root);
/// SARIF 2.1.0 as GitHub code scanning takes it: paths below SourceRoot are
/// relative to %SRCROOT%, each rule has a readable name and a helpUri.
struct SarifOptions {
  std::string SourceRoot;  // the project root; "" keeps absolute file URIs
  std::string HelpUriBase; // the check pages, as checkDocsUri takes it ("" = installed)
};

/// What a run did besides its findings: SARIF keeps suppressed results
/// (marked) and says in invocations what went wrong on the way.
struct SarifRunInfo {
  const std::vector<SuppressedFinding> *NoLint = nullptr;
  /// Non-null with --baseline: these are "unchanged", the findings "new".
  const std::vector<Finding> *Baselined = nullptr;
  std::vector<std::string> PartialTus; // TUs with compile errors
  std::vector<BudgetBreach> BudgetBreaches;
  size_t Excluded = 0; // findings in .decouple.json "exclude" paths
};

class SarifWriter {
public:
  explicit SarifWriter(SarifOptions Options) : Options(std::move(Options)) {}
  void write(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
             const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
             SourceLines &Lines, const SarifRunInfo &Run = {}) const;

private:
  nlohmann::json artifact(const std::string &File) const;
  nlohmann::json location(const Location &L, const std::string *Message) const;
  nlohmann::json result(const Finding &F,
                        const std::map<std::string, size_t> &RuleIndex,
                        SourceLines &Lines) const;
  nlohmann::json invocation(const SarifRunInfo &Run) const;
  SarifOptions Options;
};

} // namespace decouple

#endif
