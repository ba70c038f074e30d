//===- DeadlineFixAnchors.cpp - What the deadline fix-it is built from ----===//
//
// coupling-missing-deadline's fix-it inserts, before the statement holding
// a remote call, a line that gives the call's context the inbound request's
// deadline: `ctx.set_deadline(server_ctx->deadline());` for gRPC (the
// "deadline" template of .decouple.json's "fixits", checks/DeadlineFixIt.h).
// The check runs on the summary, without the AST, so the index records the
// three names it needs here: the context variable, the inbound context
// parameter, and where the statement starts. Whatever is not a plain named
// variable in scope is left empty, and the finding gets no fix-it.
//
//===----------------------------------------------------------------------===//
#include "index/AstHelpers.h"
#include "index/SummaryBuilder.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"

using namespace clang;

namespace decouple {

namespace {

/// Whether the variable's type reaches its object through `->`: a pointer,
/// or a class with operator-> (std::unique_ptr<grpc::ClientContext>).
bool accessedByArrow(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  for (const CXXMethodDecl *M : RD->methods())
    if (M->getOverloadedOperator() == OO_Arrow)
      return true;
  return false;
}

/// The statement of \p Body's block that holds \p E (itself, or the `if`,
/// declaration or return around it); null when E is not inside a block.
const Stmt *statementHolding(const Expr *E, ParentMap &PM) {
  const Stmt *S = E;
  for (const Stmt *P = PM.getParent(S); P; S = P, P = PM.getParent(S))
    if (isa<CompoundStmt>(P))
      return S;
  return nullptr;
}

} // namespace

bool SummaryBuilder::isInboundContextClass(const CXXRecordDecl *Class) {
  if (!Class || !Class->hasDefinition())
    return false;
  Class = Class->getDefinition();
  auto [It, New] = InboundContextClasses.try_emplace(Class, false);
  if (!New)
    return It->second;
  // (Only the deadline-source rules are tried: matching every rule against
  // every method of grpc::ServerContext cost a millisecond per TU.)
  bool Found = false;
  for (const CXXMethodDecl *M : Class->methods()) {
    CallInfo AsCall;
    AsCall.Callee = M;
    if ((Found = Matcher.hasRuleForCall(AsCall, Role::DeadlineSource)))
      break;
  }
  for (const CXXBaseSpecifier &B : Class->bases())
    Found = Found || isInboundContextClass(B.getType()->getAsCXXRecordDecl());
  InboundContextClasses[Class] = Found; // `It` may have moved
  return Found;
}

void SummaryBuilder::recordDeadlineFixAnchors(Site &S, const CallInfo &Call,
                                              const FunctionDecl *Caller,
                                              const Decl *Context) {
  if (!Caller || !Caller->hasBody())
    return;
  const Stmt *Statement = statementHolding(Call.E, Facts.parentMapFor(Caller));
  SourceLocation Begin = Statement ? Statement->getBeginLoc() : SourceLocation();
  if (Begin.isInvalid() || Begin.isMacroID())
    return;
  S.StatementStart = locOf(Begin);
  // A local variable or parameter declared before the statement; not a
  // member (a long-lived context is a finding of its own).
  if (const auto *V = dyn_cast_or_null<VarDecl>(Context);
      V && !V->getName().empty() && (V->hasLocalStorage() || isa<ParmVarDecl>(V)) &&
      SM.isBeforeInTranslationUnit(V->getLocation(), Begin)) {
    S.ContextVar = V->getName().str();
    S.ContextIsPointer = accessedByArrow(V->getType());
  }
  for (const ParmVarDecl *P : Caller->parameters()) {
    QualType T = P->getType().getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    if (!isInboundContextClass(T->getAsCXXRecordDecl()))
      continue;
    // An unnamed parameter (`grpc::ServerContext *`) cannot be read: no
    // fix-it, the finding keeps only its refactoring.
    S.InboundVar = P->getName().str();
    S.InboundIsPointer = accessedByArrow(P->getType());
    break;
  }
}

} // namespace decouple
