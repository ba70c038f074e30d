//===- TuAnalysis.h - The engine over one TU plus the index -----*- C++ -*-===//
//
// Inside clang-tidy and clangd, a check sees one AST. This builds the same
// Analysis the CLI builds, from that AST's summary plus every other TU's
// shard in the persisted index (when there is one), so cross-TU request
// paths still resolve in CI and in the editor. All checks of a TU share it.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_TUANALYSIS_H
#define DECOUPLE_INTEGRATIONS_TIDY_TUANALYSIS_H

#include "analysis/Analysis.h"

#include <memory>

namespace clang {
class ASTContext;
}

namespace decouple {

struct TuAnalysis {
  ProjectConfig Config;
  RuleSet Rules;
  ProgramGraph Graph;
  std::unique_ptr<Analysis> Result;
  std::vector<std::string> Problems; // config or rule errors, index notes
  std::string IndexDir;              // the persisted index used, if any
};

/// The analysis for \p Ctx, built on first use and reused by the other
/// checks of the same TU (per thread: clangd checks files concurrently).
const TuAnalysis &analysisFor(clang::ASTContext &Ctx,
                              const std::string &IndexDirOption);

} // namespace decouple

#endif
