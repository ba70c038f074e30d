//===- TuAnalysis.h - The engine over one TU plus the index -----*- C++ -*-===//
//
// Inside clang-tidy and clangd, a check sees one AST. This builds the same
// Analysis the CLI builds, from that AST's summary plus every other TU's
// shard in the persisted index (only those its manifest lists), through the
// same ProjectSession as the CLI. All checks of a TU share it.
//
// What does not depend on the TU is kept between TUs: the session
// (SessionCache.h), the index's shards linked into one program
// (index/LinkedProgramCache.h), and the Analysis of that program. A TU whose
// summary holds the facts its shard holds reuses all three, so its cost is
// extracting its own summary; an edited TU is linked in its shard's place.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_TUANALYSIS_H
#define DECOUPLE_INTEGRATIONS_TIDY_TUANALYSIS_H

#include "analysis/Analysis.h"
#include "integrations/tidy/SessionCache.h"

#include <memory>

namespace clang {
class ASTContext;
}

namespace decouple {

struct TuAnalysis {
  std::shared_ptr<const OpenSession> Open;
  std::shared_ptr<const ProgramGraph> Graph;
  std::shared_ptr<const Analysis> Result;
  std::string IndexDir; // the persisted index used, if any
  /// Whether the index's linked program and its Analysis were reused as
  /// they were (the TU's summary matched its shard).
  bool ReusedProgram = false;

  const ProjectSession &session() const { return Open->Session; }
  /// Config or rule errors.
  const std::vector<std::string> &problems() const { return Open->Problems; }
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
