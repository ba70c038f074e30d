//===- LspProxy.h - decouple-clangd's filter on clangd's LSP stream -------===//
//
// clangd has no hooks for what decouple-clangd changes, so it sits between
// the editor and clangd's own main, in the same process: stdin and stdout
// are pipes, and two threads pass each JSON-RPC message on. On the way out,
// coupling- diagnostics link to our docs (DocLinkRewriter.h) and codeAction
// replies gain a "show the refactoring" action; on the way in, that
// action's command is answered here (RefactoringActions.h). Everything else
// passes byte for byte.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>

namespace decouple {

struct ProxyOptions {
  std::string DocsBase;        // checkDocsUri's base; "" = installed docs
  bool DelimitedInput = false; // clangd -lit-test / -input-style=delimited
  bool Pretty = false;         // clangd -pretty / -lit-test
};

/// Starts both filters. stdout is drained and its thread joined at exit, so
/// output written before exit() is not lost.
void installLspProxy(const ProxyOptions &Options);

} // namespace decouple
