//===- DecoupleClangdMain.cpp - clangd with the coupling- checks built in --===//
//
// Stock clangd cannot load clang-tidy plugins, so decouple-clangd is clangd's
// own main linked with our module. Point your editor's clangd path at it.
// Its LSP stream passes through decouple's filter (LspProxy.h): diagnostics
// link to our docs, findings get code actions.
//
// Our one flag, --help-uri-base=<url> (as `decouple check`'s), is taken out
// of argv before clangd parses the rest.
//
//===----------------------------------------------------------------------===//
#include "LspProxy.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
}

// Keeps the coupling- module's static registration in the link.
extern volatile int DecoupleTidyModuleAnchorSource;
[[maybe_unused]] static int KeepModule = DecoupleTidyModuleAnchorSource;

namespace {

/// clangd's flags, as llvm::cl spells them: -name or --name.
bool isFlag(llvm::StringRef Arg, llvm::StringRef Name) {
  Arg.consume_front("-");
  Arg.consume_front("-");
  return Arg == Name;
}

} // namespace

int main(int argc, char *argv[]) {
  decouple::ProxyOptions Options;
  std::vector<char *> ClangdArgs{argv[0]};
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef A = argv[I];
    if (A == "--help-uri-base" || A.starts_with("--help-uri-base=")) {
      bool Separate = A == "--help-uri-base";
      if (Separate && I + 1 == argc) {
        llvm::errs() << "decouple-clangd: error: --help-uri-base expects a "
                        "URL (the directory of the check pages)\n";
        return 2;
      }
      Options.DocsBase = Separate ? argv[++I] : A.drop_front(16).str();
      if (Options.DocsBase.empty()) {
        llvm::errs() << "decouple-clangd: error: --help-uri-base expects a "
                        "URL, got ''\n";
        return 2;
      }
      continue;
    }
    if (isFlag(A, "help") || A == "-h")
      llvm::outs() << "decouple-clangd: clangd 22 with decouple's coupling- "
                      "checks. Its own option:\n"
                      "  --help-uri-base=<url>  where the check pages are "
                      "(codeDescription.href, \"show the refactoring\"); "
                      "default: the installed docs\n"
                      "clangd's options follow.\n\n";
    if (isFlag(A, "lit-test"))
      Options.DelimitedInput = Options.Pretty = true;
    if (isFlag(A, "input-style=delimited"))
      Options.DelimitedInput = true;
    if (isFlag(A, "pretty"))
      Options.Pretty = true;
    ClangdArgs.push_back(argv[I]);
  }
  ClangdArgs.push_back(nullptr);
  decouple::installLspProxy(Options);
  return clang::clangd::clangdMain(int(ClangdArgs.size()) - 1, ClangdArgs.data());
}
