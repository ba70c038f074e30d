//===- DocLinkRewriter.h - Point coupling- diagnostics at our docs --------===//
//
// clangd links every clang-tidy check to clang.llvm.org, where no coupling-
// page exists, and has no hook to change that. decouple-clangd routes
// clangd's stdout through a pipe; a thread passes each LSP message on
// unchanged, except that in textDocument/publishDiagnostics a coupling-
// check's codeDescription.href becomes checkDocsUri (as SARIF's helpUri).
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>

namespace decouple {

/// Rewrites one JSON-RPC body. Returns it unchanged when it is not a
/// publishDiagnostics carrying a coupling- check; else reserialised in the
/// same style (pretty when the input spans lines, as clangd's -pretty).
std::string rewriteDocLinks(const std::string &Body);

/// Starts routing stdout through the rewriter. The pipe is drained and the
/// thread joined at exit, so output written before exit() is not lost.
void installDocLinkRewriter();

} // namespace decouple
