//===- Report.h - Findings out: text, SARIF, JSON ---------------*- C++ -*-===//
//
// Writers only: the findings arrive filtered, fingerprinted and sorted
// (session/ProjectSession.h); gates live in Baseline.h and Budget.h.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_REPORT_H
#define DECOUPLE_DRIVER_REPORT_H

#include "checks/CouplingCheck.h"
#include "session/SourceLines.h"

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <set>

namespace decouple {

void writeText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               SourceLines &Lines);
void writeJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);
/// SARIF 2.1.0 as GitHub code scanning takes it: paths below SourceRoot are
/// relative to %SRCROOT%, each rule has a readable name and a helpUri.
struct SarifOptions {
  std::string SourceRoot;  // the project root; "" keeps absolute file URIs
  std::string HelpUriBase; // the check pages; "<id>.md" is appended
};

class SarifWriter {
public:
  explicit SarifWriter(SarifOptions Options) : Options(std::move(Options)) {}
  void write(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
             const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
             SourceLines &Lines) const;

private:
  nlohmann::json artifact(const std::string &File) const;
  nlohmann::json location(const Location &L, const std::string *Message) const;
  SarifOptions Options;
};

} // namespace decouple

#endif
