//===- TidyCouplingCheck.cpp ----------------------------------------------===//
#include "integrations/tidy/TidyCouplingCheck.h"
#include "checks/Incomplete.h"
#include "integrations/tidy/ProgramFindings.h"
#include "integrations/tidy/TuAnalysis.h"
#include "integrations/tidy/TuFileLookup.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <mutex>

using namespace clang;

namespace decouple {

TidyCouplingCheck::TidyCouplingCheck(llvm::StringRef Name,
                                     tidy::ClangTidyContext *Ctx,
                                     std::unique_ptr<CouplingCheck> C)
    : ClangTidyCheck(Name, Ctx), Check(std::move(C)),
      IndexDir(Options.getLocalOrGlobal("IndexDir", "").str()) {
  for (const CheckOption &O : Check->allOptions())
    if (auto V = Options.get(O.Name))
      TidyOptions[O.Name] = V->str();
}

void TidyCouplingCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  for (const CheckOption &O : Check->allOptions())
    Options.store(Opts, O.Name, Check->option(O.Name));
}

void TidyCouplingCheck::onStartOfTranslationUnit() { startTranslationUnit(); }

void TidyCouplingCheck::registerPPCallbacks(const SourceManager &,
                                            Preprocessor *P, Preprocessor *) {
  PP = P; // for TuFileLookup: which headers this TU entered
}

void TidyCouplingCheck::registerMatchers(ast_matchers::MatchFinder *Finder) {
  Finder->addMatcher(ast_matchers::translationUnitDecl().bind("tu"), this);
}

namespace {

/// Whether \p Loc is in a file this TU read: its main file or one it
/// includes. A file TuFileLookup loaded for another finding's note is
/// not; its findings are that TU's to report.
bool readByThisTu(const SourceManager &SM, SourceLocation Loc) {
  FileID ID = SM.getFileID(SM.getExpansionLoc(Loc));
  return ID == SM.getMainFileID() || SM.getIncludeLoc(ID).isValid();
}

std::string where(const Location &L) {
  return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

/// Without an index, cross-TU findings are silently absent: say so once per
/// process, in the log and as a note on the first diagnostic.
std::once_flag MissingIndexNoted;
const char *MissingIndexText =
    "decouple: no index found for this project, so findings that cross "
    "translation units are missing; run 'decouple index -p <build-dir>'";

} // namespace

void TidyCouplingCheck::noteMissingIndexOnce(SourceLocation Loc) {
  std::call_once(MissingIndexNoted, [&] {
    llvm::errs() << MissingIndexText << "\n";
    diag(Loc, MissingIndexText, DiagnosticIDs::Note);
  });
}

void TidyCouplingCheck::check(const ast_matchers::MatchFinder::MatchResult &R) {
  ASTContext &Ctx = *R.Context;
  SourceManager &SM = Ctx.getSourceManager();
  const TuAnalysis &TU = analysisFor(Ctx, IndexDir);

  std::vector<std::string> Problems;
  std::map<std::string, std::string> Values =
      TU.session().optionValues(*Check, &TidyOptions);
  Check->configure(Values, Problems);
  for (const std::string &P : Problems)
    configurationDiag(P);
  // Config and rule-pack errors, once per process (every check sees them).
  static std::once_flag ConfigProblems;
  std::call_once(ConfigProblems, [&] {
    for (const std::string &P : TU.problems())
      configurationDiag("%0") << P;
  });

  std::shared_ptr<const ProgramFindings> Found =
      programFindings(*Check, Values, TU);
  // One file lookup per file with findings, not per finding.
  TuFileLookup Files(SM, PP);
  std::vector<char> InThisTu(Found->Files.size());
  for (size_t I = 0; I < Found->Files.size(); ++I)
    InThisTu[I] = !Found->Files[I].empty() &&
                  Files.at({Found->Files[I], 1, 1}).isValid();
  for (size_t I = 0; I < Found->All.size(); ++I) {
    if (!InThisTu[Found->FileOf[I]])
      continue; // in a file this TU did not read
    const Finding &F = Found->All[I];
    SourceLocation Loc = Files.at(F.Loc);
    if (Loc.isInvalid() || F.Loc.File.empty() || !readByThisTu(SM, Loc))
      continue; // found in another TU: reported when that TU is checked
    {
      DiagnosticBuilder D = diag(Loc, "%0") << F.Message;
      for (const FixIt &X : F.FixIts) {
        SourceLocation Begin = Files.at(X.Loc);
        if (Begin.isValid())
          D << FixItHint::CreateReplacement(
              CharSourceRange::getCharRange(Begin,
                                            Begin.getLocWithOffset(X.Length)),
              X.Replacement);
      }
    }
    for (const FindingNote &N : F.Notes) {
      SourceLocation NoteLoc = Files.at(N.Loc, /*LoadOtherFiles=*/true);
      if (NoteLoc.isValid())
        diag(NoteLoc, "%0", DiagnosticIDs::Note) << N.Message;
      else
        diag(Loc, "%0 (at %1)", DiagnosticIDs::Note) << N.Message << where(N.Loc);
    }
    if (F.PossiblyIncomplete)
      diag(Loc, possiblyIncompleteNote(), DiagnosticIDs::Note);
    if (!F.Suggestion.empty())
      diag(Loc, "suggestion: %0", DiagnosticIDs::Note) << F.Suggestion;
    if (TU.IndexDir.empty())
      noteMissingIndexOnce(Loc);
  }
}

} // namespace decouple
