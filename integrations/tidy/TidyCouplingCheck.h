//===- TidyCouplingCheck.h - A coupling check inside clang-tidy -*- C++ -*-===//
//
// Wraps one engine check (checks/) as a ClangTidyCheck: options by the
// session's precedence (.clang-tidy CheckOptions, then .decouple.json),
// findings become diagnostics with the witness path as notes and fix-its
// where configured.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_TIDYCOUPLINGCHECK_H
#define DECOUPLE_INTEGRATIONS_TIDY_TIDYCOUPLINGCHECK_H

#include "checks/CouplingCheck.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace decouple {

class TidyCouplingCheck : public clang::tidy::ClangTidyCheck {
public:
  TidyCouplingCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Ctx,
                    std::unique_ptr<CouplingCheck> Check);

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  bool isLanguageVersionSupported(const clang::LangOptions &L) const override {
    return L.CPlusPlus;
  }

private:
  void noteMissingIndexOnce(clang::SourceLocation Loc);

  std::unique_ptr<CouplingCheck> Check;
  std::map<std::string, std::string> TidyOptions; // set in .clang-tidy
  std::string IndexDir;
  const clang::Preprocessor *PP = nullptr; // of the TU being checked
};

} // namespace decouple

#endif
