//===- DecoupleClangdMain.cpp - clangd with the coupling- checks built in --===//
//
// Stock clangd cannot load clang-tidy plugins, so decouple-clangd is clangd's
// own main linked with our module. Point your editor's clangd path at it.
// Its diagnostics link coupling- checks to our docs (DocLinkRewriter.h).
//
//===----------------------------------------------------------------------===//
#include "DocLinkRewriter.h"

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
}

// Keeps the coupling- module's static registration in the link.
extern volatile int DecoupleTidyModuleAnchorSource;
[[maybe_unused]] static int KeepModule = DecoupleTidyModuleAnchorSource;

int main(int argc, char *argv[]) {
  decouple::installDocLinkRewriter();
  return clang::clangd::clangdMain(argc, argv);
}
