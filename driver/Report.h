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

#include <map>
#include <memory>
#include <set>

namespace decouple {

void writeText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               SourceLines &Lines);
void writeJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);
void writeSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                SourceLines &Lines);

} // namespace decouple

#endif
