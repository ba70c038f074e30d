//===- Extractor.cpp - TU summaries from the AST --------------------------===//
//
// The entry points. The work is split as in clangd's index: ExtractAction
// (frontend plumbing, which files are the project's), SummaryBuilder (the
// traversal: functions, edges, sites by role), CallFacts (what the calls say
// about the remote calls) and AstHelpers.
//
//===----------------------------------------------------------------------===//
#include "index/Extractor.h"
#include "index/SummaryBuilder.h"

using namespace clang;

namespace decouple {

std::string hostOfUrl(llvm::StringRef Url) {
  size_t Scheme = Url.find("://");
  if (Scheme != llvm::StringRef::npos)
    Url = Url.drop_front(Scheme + 3);
  Url = Url.take_until([](char C) { return C == '/' || C == '?'; });
  if (size_t At = Url.rfind('@'); At != llvm::StringRef::npos)
    Url = Url.drop_front(At + 1);
  if (!Url.starts_with("["))
    Url = Url.take_until([](char C) { return C == ':'; });
  return Url.str();
}

std::string pathOfUrl(llvm::StringRef Url) {
  size_t Scheme = Url.find("://");
  if (Scheme == llvm::StringRef::npos)
    return "";
  Url = Url.drop_front(Scheme + 3);
  size_t Slash = Url.find('/');
  if (Slash == llvm::StringRef::npos)
    return "";
  return Url.drop_front(Slash)
      .take_until([](char C) { return C == '?' || C == '#'; })
      .str();
}

TuSummary extractSummary(ASTContext &Ctx, const RuleSet &Rules,
                         const ExtractOptions &Options) {
  return SummaryBuilder(Ctx, Rules, Options).run();
}

} // namespace decouple
