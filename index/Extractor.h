//===- Extractor.h - Builds a TuSummary from one parsed TU ------*- C++ -*-===//
//
// The same extractor serves every front door: the CLI's worker processes run
// it through ExtractAction, the clang-tidy checks and clangd call
// extractSummary() on the AST they already have.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_EXTRACTOR_H
#define DECOUPLE_INDEX_EXTRACTOR_H

#include "index/TuSummary.h"
#include "rules/RuleSet.h"

#include "clang/Frontend/FrontendAction.h"

#include <functional>
#include <vector>

namespace clang {
class ASTContext;
}

namespace decouple {

struct SharedPreambleUse;
struct IncludeStep;

struct ExtractOptions {
  /// Function bodies outside this directory (and in system headers) cannot
  /// hold request paths: the CLI skips parsing them. Empty: skip only system
  /// headers.
  std::string ProjectRoot;
  /// Record content digests of every file in the include graph.
  bool DigestIncludes = true;
};

/// Walks the AST of a parsed TU and returns its summary.
TuSummary extractSummary(clang::ASTContext &Ctx, const RuleSet &Rules,
                         const ExtractOptions &Options);

/// A FrontendAction that parses with body skipping and hands the summary to
/// \p Sink when the TU is done.
class ExtractAction : public clang::ASTFrontendAction {
public:
  ExtractAction(const RuleSet &Rules, ExtractOptions Options,
                std::function<void(TuSummary)> Sink)
      : Rules(Rules), Options(std::move(Options)), Sink(std::move(Sink)) {}

  /// Parses on a precompiled prefix of the TU's leading includes
  /// (index/SharedPreamble). When the TU turns out not to start with it, or
  /// the parse has errors, \p Rejected says why and the sink is not
  /// called: the caller parses again without it.
  /// \p Steps: the walk of the TU's leading includes (index/IncludeWalk).
  void useSharedPreamble(const SharedPreambleUse &Use,
                         const std::vector<IncludeStep> &Steps,
                         std::string &Rejected) {
    Preamble = &Use;
    PreambleSteps = &Steps;
    this->Rejected = &Rejected;
  }

protected:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI,
                    llvm::StringRef File) override;
  bool BeginInvocation(clang::CompilerInstance &CI) override;

private:
  const RuleSet &Rules;
  ExtractOptions Options;
  std::function<void(TuSummary)> Sink;
  const SharedPreambleUse *Preamble = nullptr;
  const std::vector<IncludeStep> *PreambleSteps = nullptr;
  std::string *Rejected = nullptr;
};

/// Extracts a host or service name from a URL ("http://a.b:80/x" -> "a.b").
std::string hostOfUrl(llvm::StringRef Url);
/// The path of a URL, without query or fragment ("/v1/score" for
/// "https://api.example/v1/score?x=1"); "" when it has none.
std::string pathOfUrl(llvm::StringRef Url);

} // namespace decouple

#endif
