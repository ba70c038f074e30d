//===- CallFactsWaits.cpp - Whether a handler waits for a call ------------===//
//
// A non-blocking call is waited for when the handler co_awaits or joins the
// task it returns, returns that task (or a continuation of it) to the
// framework, or replies from a continuation of it; otherwise it is detached.
//
//===----------------------------------------------------------------------===//
#include "index/AstHelpers.h"
#include "index/CallFacts.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace decouple {

void CallFacts::noteReturned(const Expr *Value, const FunctionDecl *Function) {
  llvm::SmallPtrSet<const Expr *, 8> Sources;
  valueSources(Value, Sources);
  for (const Expr *E : Sources)
    ReturnedSources.try_emplace(E, Function);
}

namespace {

/// The member call made on \p E's value (`E.then(f)`), or null.
const CXXMemberCallExpr *methodCalledOn(const Expr *E, ParentMap &PM) {
  const Stmt *S = E;
  const Stmt *P = PM.getParent(S);
  while (P && isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
                  CXXBindTemporaryExpr>(P)) {
    S = P;
    P = PM.getParent(S);
  }
  const auto *ME = dyn_cast_or_null<MemberExpr>(P);
  if (!ME || ME->getBase() != S)
    return nullptr;
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(PM.getParent(ME));
  return MC && MC->getCallee() == ME ? MC : nullptr;
}

} // namespace

bool CallFacts::answeredFromContinuation(const PendingRemote &P) {
  // A handler that returns a value answers with it (a Cap'n Proto promise):
  // a continuation it does not return is detached whatever it captures.
  const FunctionDecl *Handler = P.Function;
  if (!EntryHandlers.contains(Handler->getCanonicalDecl()) ||
      !Handler->getReturnType()->isVoidType())
    return false;
  // The chain starts at the call, or at each use of the variable keeping
  // its task (`auto t = client.request(...); t.then(...)`).
  llvm::SmallVector<const Expr *, 4> Starts{P.Call};
  if (P.StoredIn)
    forEachSubStmt(Handler->getBody(), [&](const Stmt *S) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S);
          Ref && Ref->getDecl() == P.StoredIn)
        Starts.push_back(Ref);
    });
  ParentMap &PM = parentMapFor(Handler);
  for (const Expr *Start : Starts)
    for (const CXXMemberCallExpr *Next = methodCalledOn(Start, PM); Next;
         Next = methodCalledOn(Next, PM))
      for (const Expr *Arg : Next->arguments()) {
        const auto *Lambda = dyn_cast_or_null<LambdaExpr>(strip(Arg));
        if (!Lambda)
          continue;
        for (const LambdaCapture &C : Lambda->captures())
          if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(
                  C.capturesVariable() ? C.getCapturedVar() : nullptr);
              Param && Param->getDeclContext() == Handler)
            return true;
      }
  return false;
}

void CallFacts::settleMode(Site &S, const PendingRemote &P) {
  if (P.R->Style == CallStyle::Blocking || S.Mode == CallMode::Awaited)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation End = P.Call->getEndLoc();
  const Expr *Call = strip(P.Call);
  bool Joined = false;
  if (P.StoredIn && AwaitedVars.contains(P.StoredIn)) {
    S.Mode = CallMode::Awaited;
  } else if ((P.StoredIn && JoinedVars.contains(P.StoredIn)) ||
             JoinedSources.contains(Call)) {
    Joined = true;
  } else if (P.R->Style == CallStyle::AsyncStart ||
             (P.StoredIn && readAfter(P.StoredIn, End))) {
    // The call's own handle is not what is waited on (brpc::Join on the
    // controller's id), or its task was handed on: any later wait joins it.
    // A task thrown away or never used again cannot be waited for.
    for (SourceLocation J : Joins.lookup(P.Function))
      Joined |= SM.isBeforeInTranslationUnit(End, J);
    for (SourceLocation J : AwaitedJoins.lookup(P.Function))
      if (SM.isBeforeInTranslationUnit(End, J))
        S.Mode = CallMode::Awaited;
  }
  if (Joined && S.Mode != CallMode::Awaited)
    S.Mode = CallMode::AsyncJoined;
  if (S.Mode != CallMode::AsyncDetached)
    return;
  // Returned: a handler's framework waits for it, a helper's callers may.
  if (auto It = ReturnedSources.find(Call); It != ReturnedSources.end())
    S.Mode = EntryHandlers.contains(It->second->getCanonicalDecl())
                 ? CallMode::Awaited
                 : bridgedMode(It->second);
  else if (answeredFromContinuation(P))
    S.Mode = CallMode::Awaited;
  else
    S.Mode = bridgedMode(P.Function);
}

} // namespace decouple
