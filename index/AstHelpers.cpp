//===- AstHelpers.cpp -----------------------------------------------------===//
#include "index/AstHelpers.h"
#include "index/RuleMatcher.h"
#include "support/Paths.h"
#include "support/SymlinkPolicy.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace decouple {

const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts()->IgnoreImplicit();
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Next);
        CE && CE->getNumArgs() == 1 && !isa<CXXTemporaryObjectExpr>(CE) &&
        (CE->getConstructor()->isCopyOrMoveConstructor() ||
         CE->getConstructor()->isConvertingConstructor(false)))
      Next = CE->getArg(0);
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(Next))
      Next = FC->getSubExpr();
    else if (const auto *SE = dyn_cast<StmtExpr>(Next)) {
      // `({ ...; value; })`, as type-checking macros expand.
      if (const auto *Last = dyn_cast_or_null<Expr>(
              SE->getSubStmt()->body_empty() ? nullptr
                                             : SE->getSubStmt()->body_back()))
        Next = Last;
    }
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

void valueSources(const Expr *E, llvm::SmallPtrSetImpl<const Expr *> &Sources) {
  E = strip(E);
  if (!E || !Sources.insert(E).second || Sources.size() > 64)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
        V && V->isLocalVarDecl() && V->getInit())
      valueSources(V->getInit(), Sources);
    return;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    valueSources(MC->getImplicitObjectArgument(), Sources);
  if (const auto *C = dyn_cast<CallExpr>(E))
    for (const Expr *Arg : C->arguments())
      valueSources(Arg, Sources);
  else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    for (const Expr *Arg : CE->arguments())
      valueSources(Arg, Sources);
}

bool isLongLived(const Decl *D) {
  if (isa_and_nonnull<FieldDecl>(D))
    return true;
  const auto *V = dyn_cast_or_null<VarDecl>(D);
  return V && !isa<ParmVarDecl>(V) && V->hasGlobalStorage();
}

const Decl *objectDecl(const Expr *E) {
  E = strip(E);
  if (!E)
    return nullptr;
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref)
      return objectDecl(U->getSubExpr());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    if (const auto *M = MC->getMethodDecl(); M && M->getName() == "get")
      return objectDecl(MC->getImplicitObjectArgument());
    // `send_multipart(sock, ...)` taking a zmq::socket_ref: a conversion to
    // a handle (a class or a pointer, not a bool) still names the object.
    if (const auto *Conv =
            dyn_cast_or_null<CXXConversionDecl>(MC->getMethodDecl());
        Conv && !Conv->getConversionType()->isArithmeticType())
      return objectDecl(MC->getImplicitObjectArgument());
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    if ((OC->getOperator() == OO_Star || OC->getOperator() == OO_Arrow) &&
        OC->getNumArgs() > 0)
      return objectDecl(OC->getArg(0));
  return nullptr;
}

bool joinedInFunction(const Expr *Construct, const FunctionDecl *FD,
                      ASTContext &Ctx) {
  if (!Construct || !FD || !FD->getBody())
    return false;
  // Up through the wrappers (ExprWithCleanups, ...) to the variable.
  const VarDecl *Var = nullptr;
  DynTypedNode Node = DynTypedNode::create(*Construct);
  for (int Up = 0; Up < 4 && !Var; ++Up) {
    auto Parents = Ctx.getParents(Node);
    if (Parents.size() != 1)
      return false;
    Var = Parents[0].get<VarDecl>();
    if (!Parents[0].get<Expr>() && !Var)
      return false;
    Node = Parents[0];
  }
  if (!Var)
    return false;
  bool Joined = false;
  forEachSubStmt(FD->getBody(), [&](const Stmt *S) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S))
      if (const auto *M = MC->getMethodDecl(); M && M->getName() == "join" &&
                                               objectDecl(MC->getImplicitObjectArgument()) == Var)
        Joined = true;
  });
  return Joined;
}

bool statusCaught(const Expr *Call, ASTContext &Ctx) {
  if (!Call || !Call->getType()->isVoidType())
    return false;
  DynTypedNode Node = DynTypedNode::create(*Call);
  for (int Up = 0; Up < 64; ++Up) {
    auto Parents = Ctx.getParents(Node);
    if (Parents.empty() || Parents[0].get<FunctionDecl>() || Parents[0].get<LambdaExpr>())
      return false;
    if (const auto *Try = Parents[0].get<CXXTryStmt>())
      if (Node.get<Stmt>() == Try->getTryBlock())
        return true;
    Node = Parents[0];
  }
  return false;
}

llvm::StringRef commandWord(llvm::StringRef Text, unsigned Index) {
  llvm::StringRef Word;
  for (unsigned I = 0; I <= Index; ++I) {
    Text = Text.ltrim();
    Word = Text.take_until(llvm::isSpace);
    Text = Text.drop_front(Word.size());
  }
  return Word;
}

std::optional<std::string> stringValue(const Expr *E, int Depth) {
  E = strip(E);
  if (E)
    E = strip(E->IgnoreParenCasts()); // (const char *)"topic"
  if (!E || Depth > 4)
    return std::nullopt;
  if (const auto *S = dyn_cast<StringLiteral>(E))
    return S->getString().str();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs())
    return stringValue(CE->getArg(0), Depth + 1);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const Expr *Init = VD->getAnyInitializer())
        return stringValue(Init, Depth + 1);
  // `co_await resolver.async_resolve("host", ...)`: the first string the
  // producing call was given.
  if (const auto *Await = dyn_cast<CoawaitExpr>(E))
    return stringValue(Await->getOperand(), Depth + 1);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    for (const Expr *Arg : Call->arguments())
      if (auto S = stringValue(Arg, Depth + 1))
        return S;
  return std::nullopt;
}

std::optional<std::string> configuredName(const Expr *E, int Depth) {
  E = strip(E);
  if (E)
    E = strip(E->IgnoreParenCasts());
  if (!E || Depth > 4)
    return std::nullopt;
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(E); M && M->getNumArgs() == 0)
    return configuredName(M->getImplicitObjectArgument(), Depth + 1);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const Expr *Init = VD->getAnyInitializer())
        return configuredName(Init, Depth + 1);
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    std::vector<std::string> Strings;
    for (const Expr *Arg : Call->arguments())
      if (auto S = stringValue(Arg, Depth + 1))
        Strings.push_back(*S);
    if (Strings.size() >= 2)
      return Strings.back();
    return std::nullopt;
  }
  return stringValue(E, Depth);
}

const CXXMethodDecl *rootDeclaration(const CXXMethodDecl *M) {
  while (M && M->size_overridden_methods() > 0)
    M = *M->begin_overridden_methods();
  return M;
}

const FunctionDecl *callableOf(const Expr *E, const LambdaExpr **Lambda) {
  E = strip(E);
  if (!E)
    return nullptr;
  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    *Lambda = L;
    // A generic lambda runs as the instantiation its caller made.
    if (const FunctionTemplateDecl *Generic = L->getDependentCallOperator())
      for (const FunctionDecl *Op : Generic->specializations())
        return Op;
    return L->getCallOperator();
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E);
      U && U->getOpcode() == UO_AddrOf)
    return callableOf(U->getSubExpr(), Lambda);
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    // std::bind(&Api::HandleGet, this, _1): the bound function is the one
    // that runs.
    if (Callee && Call->getNumArgs() > 0 &&
        llvm::is_contained({"std::bind", "std::bind_front", "boost::bind"},
                           qualifiedName(Callee)))
      return callableOf(Call->getArg(0), Lambda);
    // A coroutine handed over by calling it: co_spawn(ex, session(s), ...).
    return Callee;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return FD;
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const Expr *Init = VD->getInit())
        if (const FunctionDecl *FD = callableOf(Init, Lambda))
          return FD;
  }
  return functionObjectCall(E->getType());
}

const FunctionDecl *functionObjectCall(QualType T) {
  // A handler object: `ChargeHandler{db}`, or a variable holding one. Its
  // operator() runs; the standard library's wrappers (std::function) are no
  // handler of their own.
  const auto *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || RD->isLambda() || RD->isInStdNamespace())
    return nullptr;
  RD = RD->getDefinition();
  auto Ops = RD->lookup(
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call));
  if (Ops.empty() || !Ops.isSingleResult())
    return nullptr;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Ops.front()))
    return M;
  if (const auto *Generic = dyn_cast<FunctionTemplateDecl>(Ops.front()))
    for (const FunctionDecl *Op : Generic->specializations())
      return Op;
  return nullptr;
}

std::optional<int64_t> durationUnitMs(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.isNull() ? nullptr : T->getAsCXXRecordDecl());
  if (!Spec || Spec->getName() != "duration" ||
      Spec->getTemplateArgs().size() < 2 ||
      Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Type)
    return std::nullopt;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Spec->getTemplateArgs()[1].getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() < 2)
    return std::nullopt;
  const TemplateArgument &Num = Ratio->getTemplateArgs()[0],
                         &Den = Ratio->getTemplateArgs()[1];
  if (Num.getKind() != TemplateArgument::Integral ||
      Den.getKind() != TemplateArgument::Integral ||
      Den.getAsIntegral().getExtValue() == 0)
    return std::nullopt;
  return Num.getAsIntegral().getExtValue() * 1000 * 1000 /
         Den.getAsIntegral().getExtValue();
}

llvm::StringRef sourceTextOf(SourceRange R, const ASTContext &Ctx) {
  if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
    return "";
  return Lexer::getSourceText(CharSourceRange::getTokenRange(R),
                              Ctx.getSourceManager(), Ctx.getLangOpts());
}

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  return E ? sourceTextOf(E->getSourceRange(), Ctx).str() : "";
}

std::string pathOf(FileEntryRef F) {
  llvm::StringRef Real =
      resolvesSymlinks() ? F.getFileEntry().tryGetRealPathName() : "";
  return normalizePath(Real.empty() ? F.getName() : Real);
}

bool returnDiscarded(const Expr *Call, ParentMap &PM,
                     const VarDecl *&StoredIn) {
  const Stmt *S = Call;
  const Stmt *P = PM.getParent(S);
  while (
      P &&
      (isa<ImplicitCastExpr, ParenExpr, ExprWithCleanups,
           MaterializeTemporaryExpr, CXXBindTemporaryExpr, ConstantExpr>(P) ||
       (isa<CXXConstructExpr>(P) &&
        cast<CXXConstructExpr>(P)->getNumArgs() == 1))) {
    S = P;
    P = PM.getParent(S);
  }
  if (!P)
    return true;
  if (const auto *DS = dyn_cast<DeclStmt>(P)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D);
          V && V->getInit() && strip(V->getInit()) == strip(Call))
        StoredIn = V;
    return false;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
    return Cast->getType()->isVoidType();
  if (const auto *BO = dyn_cast<BinaryOperator>(P);
      BO && BO->isAssignmentOp() &&
      BO->getRHS()->IgnoreImplicit() == cast<Expr>(S)->IgnoreImplicit()) {
    if (const auto *V = dyn_cast_or_null<VarDecl>(objectDecl(BO->getLHS())))
      StoredIn = V;
    return false;
  }
  return !isa<Expr>(P) && !isa<ReturnStmt>(P) && !isa<IfStmt>(P) &&
         !isa<WhileStmt>(P) && !isa<ForStmt>(P) && !isa<SwitchStmt>(P) &&
         !isa<CoreturnStmt>(P);
}

} // namespace decouple
