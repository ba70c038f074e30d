//===- CouplingTidyModule.cpp - The coupling- module for clang-tidy -------===//
#include "integrations/tidy/TidyCouplingCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace decouple {

class CouplingTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
    for (const std::unique_ptr<CouplingCheck> &C : createAllChecks()) {
      std::string Id = C->id();
      F.registerCheckFactory(
          Id, [Id](llvm::StringRef Name, clang::tidy::ClangTidyContext *Ctx) {
            return std::make_unique<TidyCouplingCheck>(Name, Ctx,
                                                       createCheck(Id));
          });
    }
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<CouplingTidyModule>
    Registration("coupling-module",
                 "decouple: synchronous coupling between services.");

} // namespace decouple

// Referenced by decouple-clangd so the linker keeps the registration.
volatile int DecoupleTidyModuleAnchorSource = 0;
