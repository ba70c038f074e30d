//===- CallFactsStores.cpp - Which database a datastore handle is ---------===//
//
// sqlite3_open("orders.db", &db) names the handle; the statements run on it
// elsewhere: on the local itself, on a parameter a caller passes it to, on a
// member a constructor initialises from its parameter (`db_(db)`), often in
// another TU than the open. What this TU settles goes on the sites; the rest
// becomes StoreNameFlows for the link step (ProgramGraph).
//
//===----------------------------------------------------------------------===//
#include "index/AstHelpers.h"
#include "index/CallFacts.h"
#include "index/RuleMatcher.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace decouple {

void CallFacts::noteFieldInit(const FieldDecl *Field, const ParmVarDecl *Param) {
  FieldFrom[Field] = Param;
}

std::string CallFacts::storeNameOf(const Decl *Handle, unsigned Depth) const {
  if (!Handle || Depth > 8)
    return "";
  if (auto It = StoreNames.find(Handle); It != StoreNames.end())
    return It->second;
  if (const auto *F = dyn_cast<FieldDecl>(Handle))
    return storeNameOf(FieldFrom.lookup(F), Depth + 1);
  if (const auto *P = dyn_cast<ParmVarDecl>(Handle))
    if (const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext())) {
      auto It =
          Passed.find({Fn->getCanonicalDecl(), P->getFunctionScopeIndex()});
      if (It != Passed.end())
        for (const Decl *Obj : It->second)
          if (std::string N = storeNameOf(Obj, Depth + 1); !N.empty())
            return N;
    }
  return "";
}

void CallFacts::resolveStoreNames(
    std::vector<Site> &Sites, std::vector<StoreNameFlow> &Flows,
    llvm::function_ref<std::string(const FunctionDecl *)> UsrOf) {
  auto ParamKey = [&](const FunctionDecl *Fn, unsigned Index) {
    return UsrOf(Fn) + "#" + std::to_string(Index);
  };
  // The key another TU knows a handle by; "" for a local.
  auto KeyOf = [&](const Decl *D) -> std::string {
    if (const auto *F = dyn_cast_or_null<FieldDecl>(D))
      return qualifiedName(F);
    if (const auto *P = dyn_cast_or_null<ParmVarDecl>(D))
      if (const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext()))
        return ParamKey(Fn, P->getFunctionScopeIndex());
    return "";
  };
  for (const auto &[Index, Handle] : StoreSites) {
    if (std::string N = storeNameOf(Handle, 0); !N.empty()) {
      Sites[Index].Service = N;
      continue;
    }
    if (std::string Key = KeyOf(Handle); !Key.empty())
      Flows.push_back({StoreNameFlow::Use, Key, "", uint32_t(Index)});
  }
  // A member this TU uses as a handle takes the name of the constructor
  // parameter it is initialised from (the constructor's callers may be in
  // other TUs); one opened here is named for every TU.
  for (const auto &[Index, Handle] : StoreSites)
    if (const auto *F = dyn_cast<FieldDecl>(Handle))
      if (const ParmVarDecl *Param = FieldFrom.lookup(F))
        Flows.push_back({StoreNameFlow::Forward, KeyOf(F), KeyOf(Param), 0});
  for (const auto &[Handle, Name] : StoreNames)
    if (isa<FieldDecl>(Handle))
      Flows.push_back({StoreNameFlow::Named, KeyOf(Handle), Name, 0});
  // A named handle passed to a function defined elsewhere (the service's
  // constructor, from main): that parameter holds it.
  for (const Pass &P : Passes)
    if (!P.Callee->hasBody())
      if (std::string N = storeNameOf(P.Object, 0); !N.empty())
        Flows.push_back(
            {StoreNameFlow::Named, ParamKey(P.Callee, P.Index), N, 0});
}

} // namespace decouple
