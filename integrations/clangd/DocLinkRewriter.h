//===- DocLinkRewriter.h - Point coupling- diagnostics at our docs --------===//
//
// clangd links every clang-tidy check to clang.llvm.org, where no coupling-
// page exists, and has no hook to change that. decouple-clangd's message
// filter (LspProxy.h) passes each outgoing LSP message through here: in
// textDocument/publishDiagnostics a coupling- check's codeDescription.href
// becomes checkDocsUri (as SARIF's helpUri).
//
//===----------------------------------------------------------------------===//
#pragma once

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"

#include <string>

namespace decouple {

/// Whether \p Code names one of our checks (coupling-..., as registered).
bool isCouplingCheck(llvm::StringRef Code);

/// Links the coupling- diagnostics of a publishDiagnostics message to
/// checkDocsUri(\p DocsBase, check). Returns whether it changed anything.
bool linkDocs(llvm::json::Object &Message, llvm::StringRef DocsBase);

/// linkDocs on one JSON-RPC body. Returns it unchanged when it is not a
/// publishDiagnostics carrying a coupling- check; else reserialised in the
/// same style (pretty when the input spans lines, as clangd's -pretty).
std::string rewriteDocLinks(const std::string &Body,
                            llvm::StringRef DocsBase = "");

} // namespace decouple
