//===- TuAnalysis.h - The engine over one TU plus the index -----*- C++ -*-===//
//
// Inside clang-tidy and clangd, a check sees one AST. This builds the same
// Analysis the CLI builds, from that AST's summary plus every other TU's
// shard in the persisted index (only those its manifest lists), through the
// same ProjectSession as the CLI. All checks of a TU share it.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_TUANALYSIS_H
#define DECOUPLE_INTEGRATIONS_TIDY_TUANALYSIS_H

#include "analysis/Analysis.h"
#include "session/ProjectSession.h"

#include <memory>

namespace clang {
class ASTContext;
}

namespace decouple {

struct TuAnalysis {
  ProjectSession Session;
  ProgramGraph Graph;
  std::unique_ptr<Analysis> Result;
  std::vector<std::string> Problems; // config or rule errors, index notes
  std::string IndexDir;              // the persisted index used, if any
};

/// Forgets the analysis of the previous TU on this thread. Every check calls
/// it when a TU starts, so a new AST never sees an old one's analysis, even
/// at a reused address.
void startTranslationUnit();

/// The analysis for \p Ctx, built on first use in this TU and reused by its
/// other checks (per thread: clangd checks files concurrently).
const TuAnalysis &analysisFor(clang::ASTContext &Ctx,
                              const std::string &IndexDirOption);

} // namespace decouple

#endif
