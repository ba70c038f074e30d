//===- RefactoringActions.cpp - A code action for every coupling- finding -===//
#include "RefactoringActions.h"
#include "DocLinkRewriter.h"
#include "checks/CheckDocs.h"

#include "llvm/Support/FormatVariadic.h"

namespace decouple {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

std::string idKey(const Value *Id) {
  return Id ? llvm::formatv("{0}", *Id).str() : "";
}

template <class Obj>
Obj *path(Obj *O, std::initializer_list<llvm::StringRef> Keys) {
  for (llvm::StringRef K : Keys)
    O = O ? O->getObject(K) : nullptr;
  return O;
}

/// The editor asked only for other kinds (context.only without "refactor").
bool refactorsExcluded(const Object *Context) {
  const Array *Only = Context ? Context->getArray("only") : nullptr;
  if (!Only)
    return false;
  for (const Value &K : *Only)
    if (K.getAsString() == "refactor")
      return false;
  return true;
}

/// clangd's answer already has a quick fix for this diagnostic.
bool hasQuickFix(const Array &Actions, const Object &Diagnostic) {
  for (const Value &A : Actions) {
    const Object *Action = A.getAsObject();
    if (!Action || Action->getString("kind") != "quickfix")
      continue;
    if (const Array *Ds = Action->getArray("diagnostics"))
      for (const Value &D : *Ds)
        if (const Object *O = D.getAsObject();
            O && O->get("code") && *O->get("code") == *Diagnostic.get("code") &&
            O->get("range") && Diagnostic.get("range") &&
            *O->get("range") == *Diagnostic.get("range"))
          return true;
  }
  return false;
}

/// O[Key] as an object, made (or replaced) when it is not one.
Object &member(Object &O, llvm::StringRef Key) {
  if (!O.getObject(Key))
    O[Key] = Object();
  return *O.getObject(Key);
}

/// What clangd answers an editor without CodeAction literals
/// (ClangdLSPServer's asCommand): a fix becomes clangd.applyFix of its
/// edit, titled "Apply fix: ..."; an action with a command becomes that
/// command; one with both cannot be said as a Command and is left out.
Array asCommands(Array Actions) {
  Array Commands;
  for (Value &A : Actions) {
    Object *Action = A.getAsObject();
    if (!Action || (Action->get("edit") && Action->get("command")))
      continue;
    std::string Title = Action->getString("title").value_or("").str();
    if (Action->getString("kind") == "quickfix")
      Title = "Apply fix: " + Title;
    Object Cmd;
    if (Object *C = Action->getObject("command"))
      Cmd = std::move(*C);
    else if (Value *Edit = Action->get("edit"))
      Cmd = Object{{"command", "clangd.applyFix"},
                   {"arguments", Array{std::move(*Edit)}}};
    else if (Action->getString("command"))
      Cmd = std::move(*Action); // already a Command
    else
      continue;
    Cmd["title"] = std::move(Title);
    Commands.push_back(std::move(Cmd));
  }
  return Commands;
}

} // namespace

bool RefactoringActions::fromClient(const Object &Message,
                                    std::vector<Value> &ToClient) {
  std::optional<llvm::StringRef> Method = Message.getString("method");
  const Value *Id = Message.get("id");
  const Object *Params = Message.getObject("params");
  std::lock_guard<std::mutex> Lock(Mutex);
  if (!Method) // a reply: ours when it answers our window/showDocument
    return Id && Id->getAsString() &&
           Id->getAsString()->starts_with("decouple-");
  if (*Method == "initialize") {
    InitializeId = idKey(Id);
    const Object *Caps = path(Params, {"capabilities"});
    LiteralActions =
        path(Caps, {"textDocument", "codeAction", "codeActionLiteralSupport"});
    const Object *Show = path(Caps, {"window", "showDocument"});
    ShowDocument = Show && Show->getBoolean("support").value_or(false);
    return false;
  }
  if (*Method == "textDocument/codeAction" && Id) {
    const Object *Context = path(Params, {"context"});
    const Array *Diagnostics = Context ? Context->getArray("diagnostics") : nullptr;
    Array Ours;
    if (Diagnostics && !refactorsExcluded(Context))
      for (const Value &D : *Diagnostics)
        if (const Object *O = D.getAsObject())
          if (std::optional<llvm::StringRef> Code = O->getString("code");
              Code && isCouplingCheck(*Code))
            Ours.push_back(D);
    // An editor without CodeAction literals gets every reply as Commands
    // (clangd answers us with literals: forClangd), so each is kept.
    if (!Ours.empty() || !LiteralActions)
      Pending[idKey(Id)] = std::move(Ours);
    return false;
  }
  if (*Method != "workspace/executeCommand" || !Params ||
      Params->getString("command") != Command)
    return false;
  const Array *Args = Params->getArray("arguments");
  std::optional<llvm::StringRef> Uri =
      Args && !Args->empty() ? Args->front().getAsString() : std::nullopt;
  if (Id) {
    Object Reply{{"jsonrpc", "2.0"}, {"id", *Id}};
    if (Uri)
      Reply["result"] = nullptr;
    else
      Reply["error"] = Object{{"code", -32602},
                              {"message", std::string(Command) +
                                              " expects the page's URI"}};
    ToClient.push_back(std::move(Reply));
  }
  if (!Uri)
    return true;
  if (ShowDocument)
    ToClient.push_back(Object{
        {"jsonrpc", "2.0"},
        {"id", "decouple-" + std::to_string(NextRequest++)},
        {"method", "window/showDocument"},
        // A web page opens in the browser; a local .md page in the editor.
        {"params", Object{{"uri", *Uri}, {"external", !Uri->starts_with("file:")}}}});
  else
    ToClient.push_back(Object{
        {"jsonrpc", "2.0"},
        {"method", "window/showMessage"},
        {"params", Object{{"type", 3}, {"message", "The refactoring: " + Uri->str()}}}});
  return true;
}

Value RefactoringActions::actionFor(const Object &Diagnostic) const {
  std::string Check = Diagnostic.getString("code")->str();
  std::string Title = "Show the refactoring: the " + Check + " page";
  return Object{{"title", Title},
                {"kind", "refactor"},
                {"diagnostics", Array{Object(Diagnostic)}},
                {"command", Object{{"title", Title},
                                   {"command", Command},
                                   {"arguments", Array{checkDocsUri(
                                                     DocsBase, Check)}}}}};
}

bool RefactoringActions::forClangd(Object &Message) {
  if (Message.getString("method") != "initialize")
    return false;
  std::lock_guard<std::mutex> Lock(Mutex);
  if (LiteralActions)
    return false;
  Object *Params = Message.getObject("params");
  Object *Caps = Params ? Params->getObject("capabilities") : nullptr;
  if (!Caps)
    return false;
  Object &CodeAction = member(member(*Caps, "textDocument"), "codeAction");
  CodeAction["codeActionLiteralSupport"] = Object{
      {"codeActionKind",
       Object{{"valueSet", Array{"quickfix", "refactor", "info"}}}}};
  return true;
}

bool RefactoringActions::fromServer(Object &Message) {
  const Value *Id = Message.get("id");
  if (!Id || Message.get("method"))
    return false; // only replies matter
  std::string Key = idKey(Id);
  std::lock_guard<std::mutex> Lock(Mutex);
  if (!InitializeId.empty() && Key == InitializeId) {
    InitializeId.clear();
    Object *Provider = path(Message.getObject("result"),
                            {"capabilities", "executeCommandProvider"});
    Array *Commands = Provider ? Provider->getArray("commands") : nullptr;
    if (!Commands)
      return false;
    Commands->push_back(Command);
    return true;
  }
  auto It = Pending.find(Key);
  if (It == Pending.end())
    return false;
  Array Diagnostics = std::move(It->second);
  Pending.erase(It);
  Value *Result = Message.get("result");
  if (!Result)
    return false; // an error reply
  if (Result->kind() == Value::Null)
    *Result = Array();
  Array *Actions = Result->getAsArray();
  if (!Actions)
    return false;
  bool Changed = !LiteralActions;
  for (const Value &D : Diagnostics)
    if (!hasQuickFix(*Actions, *D.getAsObject())) {
      Actions->push_back(actionFor(*D.getAsObject()));
      Changed = true;
    }
  if (!LiteralActions)
    *Actions = asCommands(std::move(*Actions));
  return Changed;
}

} // namespace decouple
