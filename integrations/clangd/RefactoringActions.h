//===- RefactoringActions.h - A code action for every coupling- finding ---===//
//
// clangd turns a clang-tidy fix-it into a quick fix by itself (the fix-its
// come from checks/: Finding::FixIts, filled from the "fixits" templates of
// .decouple.json). A finding without one gets nothing from clangd, so
// decouple-clangd adds a "show the refactoring" code action to clangd's
// textDocument/codeAction answer for each coupling- diagnostic that has no
// quick fix there. Running it (workspace/executeCommand
// decouple.showRefactoring) asks the editor to open the check's page,
// checkDocsUri, with window/showDocument, or names the page in
// window/showMessage when the editor cannot show documents.
//
// Both directions of the LSP stream pass through one RefactoringActions:
// the request carries the diagnostics, clangd's reply the actions.
//
// An editor without CodeAction literals (no codeActionLiteralSupport) takes
// only Command objects, which name no diagnostic: so clangd is told the
// editor has literals, its replies name each fix's diagnostic, and they go
// to the editor as Commands, as clangd itself would say them. A diagnostic
// with a fix-it then gets clangd's "Apply fix" command alone; one without,
// the "show the refactoring" command.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "llvm/Support/JSON.h"

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace decouple {

class RefactoringActions {
public:
  static constexpr const char *Command = "decouple.showRefactoring";

  explicit RefactoringActions(std::string DocsBase)
      : DocsBase(std::move(DocsBase)) {}

  /// A message from the editor. Returns true when it is decouple's own (our
  /// command, or the editor's reply to our request): it is answered here,
  /// with \p ToClient, and must not reach clangd.
  bool fromClient(const llvm::json::Object &Message,
                  std::vector<llvm::json::Value> &ToClient);

  /// A message from the editor on its way to clangd, changed in place:
  /// initialize gains CodeAction literal support when the editor has none,
  /// so that clangd's fixes name their diagnostics; fromServer turns the
  /// replies back into Commands. Returns whether it changed.
  bool forClangd(llvm::json::Object &Message);

  /// A message from clangd, changed in place: initialize's reply advertises
  /// the command, a codeAction reply gains the actions. Returns whether it
  /// changed.
  bool fromServer(llvm::json::Object &Message);

private:
  std::string DocsBase;
  std::mutex Mutex;
  std::string InitializeId;          // the initialize request's id
  bool LiteralActions = false;       // the editor takes CodeAction objects
  bool ShowDocument = false;         // ... and window/showDocument
  /// codeAction request id -> the coupling- diagnostics it was asked for.
  std::map<std::string, llvm::json::Array> Pending;
  unsigned NextRequest = 0;

  llvm::json::Value actionFor(const llvm::json::Object &Diagnostic) const;
};

} // namespace decouple
