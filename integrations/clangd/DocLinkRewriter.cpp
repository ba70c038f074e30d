//===- DocLinkRewriter.cpp - Point coupling- diagnostics at our docs ------===//
#include "DocLinkRewriter.h"
#include "checks/CheckDocs.h"
#include "checks/CouplingCheck.h"

#include "llvm/Support/FormatVariadic.h"

#include <set>

namespace decouple {

bool isCouplingCheck(llvm::StringRef Code) {
  static const std::set<std::string, std::less<>> Ids = [] {
    std::set<std::string, std::less<>> S;
    for (const auto &C : createAllChecks())
      S.insert(std::string(C->id()));
    return S;
  }();
  return Ids.count(Code) != 0;
}

bool linkDocs(llvm::json::Object &Message, llvm::StringRef DocsBase) {
  if (Message.getString("method") != "textDocument/publishDiagnostics")
    return false;
  llvm::json::Object *Params = Message.getObject("params");
  llvm::json::Array *Diagnostics =
      Params ? Params->getArray("diagnostics") : nullptr;
  if (!Diagnostics)
    return false;
  bool Changed = false;
  for (llvm::json::Value &V : *Diagnostics) {
    llvm::json::Object *D = V.getAsObject();
    if (!D)
      continue;
    std::optional<llvm::StringRef> Code = D->getString("code");
    if (!Code || !isCouplingCheck(*Code))
      continue;
    (*D)["codeDescription"] =
        llvm::json::Object{{"href", checkDocsUri(DocsBase, *Code)}};
    Changed = true;
  }
  return Changed;
}

std::string rewriteDocLinks(const std::string &Body, llvm::StringRef DocsBase) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return Body;
  }
  llvm::json::Object *Msg = V->getAsObject();
  if (!Msg || !linkDocs(*Msg, DocsBase))
    return Body;
  bool Pretty = Body.find('\n') != std::string::npos;
  return llvm::formatv(Pretty ? "{0:2}" : "{0}", *V).str();
}

} // namespace decouple
