//===- Extractor.cpp - TU summaries from the AST --------------------------===//
#include "index/Extractor.h"
#include "rules/RuleMatcher.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <map>
#include <unordered_map>

using namespace clang;

namespace decouple {

std::string hostOfUrl(llvm::StringRef Url) {
  size_t Scheme = Url.find("://");
  if (Scheme != llvm::StringRef::npos)
    Url = Url.drop_front(Scheme + 3);
  Url = Url.take_until([](char C) { return C == '/' || C == '?'; });
  if (size_t At = Url.rfind('@'); At != llvm::StringRef::npos)
    Url = Url.drop_front(At + 1);
  if (!Url.starts_with("["))
    Url = Url.take_until([](char C) { return C == ':'; });
  return Url.str();
}

namespace {

/// Code generated from an IDL declares the APIs; its bodies are the
/// framework's plumbing, not the project's request paths.
bool isGeneratedFile(llvm::StringRef Path) {
  return Path.ends_with(".pb.h") || Path.ends_with(".pb.cc") ||
         Path.ends_with(".capnp.h") || Path.contains("/gen-cpp/");
}

/// Whether a file's function bodies can hold the project's request paths.
bool isProjectFile(llvm::StringRef Path, bool System,
                   const ExtractOptions &Options) {
  return !System && !isGeneratedFile(Path) &&
         (Options.ProjectRoot.empty() || Path.starts_with(Options.ProjectRoot));
}

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

/// The variable or field an operand denotes: `ctx`, `&ctx`, `*p`, `p.get()`,
/// `this->ctx_`.
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
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const auto *M = MC->getMethodDecl(); M && M->getName() == "get")
      return objectDecl(MC->getImplicitObjectArgument());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    if ((OC->getOperator() == OO_Star || OC->getOperator() == OO_Arrow) &&
        OC->getNumArgs() > 0)
      return objectDecl(OC->getArg(0));
  return nullptr;
}

/// A string a constant expression spells: a literal, or a variable
/// initialised with one.
std::optional<std::string> stringValue(const Expr *E, int Depth = 0) {
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

template <typename Fn> void forEachSubStmt(const Stmt *S, Fn &&F) {
  if (!S)
    return;
  F(S);
  for (const Stmt *Child : S->children())
    forEachSubStmt(Child, F);
}

/// A callable passed as an argument: a lambda, a function, a member
/// function pointer, or a variable holding a lambda.
const FunctionDecl *callableOf(const Expr *E, const LambdaExpr **Lambda) {
  E = strip(E);
  if (!E)
    return nullptr;
  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    *Lambda = L;
    return L->getCallOperator();
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    return callableOf(U->getSubExpr(), Lambda);
  // A coroutine handed over by calling it: co_spawn(ex, session(s), ...).
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return Call->getDirectCallee();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return FD;
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const Expr *Init = VD->getInit())
        return callableOf(Init, Lambda);
  }
  return nullptr;
}

struct DeadlineInfo {
  DeadlineKind Kind = DeadlineKind::Missing;
  int64_t Ms = -1;
};

struct PendingRemote {
  size_t SiteIndex;
  const Rule *R;
  const Expr *Call;
  const FunctionDecl *Function;
  const Decl *Context;      // object that carries deadline/target
  const VarDecl *StoredIn;  // variable receiving the result, if any
  const Decl *Response;     // out-parameter holding the response
  bool ReturnDiscarded;
};

class SummaryBuilder : public RecursiveASTVisitor<SummaryBuilder> {
  using Base = RecursiveASTVisitor<SummaryBuilder>;

public:
  SummaryBuilder(ASTContext &Ctx, const RuleSet &Rules,
                 const ExtractOptions &Options)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Matcher(Rules),
        Options(Options) {}

  TuSummary run() {
    for (std::string &P : Matcher.beginTranslationUnit(Ctx))
      Out.Errors.push_back(std::move(P));
    if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
      Out.MainFile = pathOf(*Main);
    TraverseDecl(Ctx.getTranslationUnitDecl());
    finish();
    if (Options.DigestIncludes)
      digestIncludes();
    return std::move(Out);
  }

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D || isa<TranslationUnitDecl>(D))
      return Base::TraverseDecl(D);
    if (D->getLocation().isValid() && !isProject(D->getLocation()))
      return true;
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->doesThisDeclarationHaveABody()) {
      if (FD->isDependentContext())
        return true; // instantiations are traversed instead
      enterFunction(FD);
      bool Result = Base::TraverseDecl(D);
      Frames.pop_back();
      return Result;
    }
    return Base::TraverseDecl(D);
  }

  bool TraverseLambdaExpr(LambdaExpr *LE, DataRecursionQueue * = nullptr) {
    const CXXMethodDecl *Op = LE->getCallOperator();
    if (Op->isDependentContext())
      return true;
    const std::string &Usr = functionUsr(Op);
    if (!Frames.empty())
      addEdge(Frames.back().Usr, Usr,
              Deferred.contains(LE) ? EdgeKind::Deferred : EdgeKind::Lambda,
              LE->getBeginLoc());
    enterFunction(Op);
    bool Result = Base::TraverseLambdaExpr(LE, nullptr);
    Frames.pop_back();
    return Result;
  }

  bool VisitCoawaitExpr(CoawaitExpr *E) {
    noteAwaited(E->getOperand());
    return true;
  }

  bool VisitCallExpr(CallExpr *E) {
    if (Frames.empty() || E->isTypeDependent())
      return true;
    if (const Expr *Callee = E->getCallee())
      CalleeRefs.insert(Callee->IgnoreParenImpCasts());
    CallInfo Call;
    if (!describeCall(E, Call)) {
      if (!isa<CXXPseudoDestructorExpr>(E->getCallee()->IgnoreParens()))
        ++Out.UnresolvedIndirect;
      return true;
    }
    handleCall(Call);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (Frames.empty())
      return true;
    CallInfo Call;
    if (describeCall(E, Call))
      handleCall(Call);
    return true;
  }

  bool VisitCXXDeleteExpr(CXXDeleteExpr *E) {
    if (Frames.empty())
      return true;
    if (const CXXRecordDecl *RD = E->getDestroyedType()->getAsCXXRecordDecl())
      if (const CXXDestructorDecl *D = RD->getDestructor())
        addCallEdge(D, E->getBeginLoc(), D->isVirtual());
    return true;
  }

  bool VisitVarDecl(VarDecl *V) {
    if (Frames.empty() || !V->isLocalVarDecl() || V->getType()->isDependentType())
      return true;
    CurrentVar = V; // its initialiser is visited next
    CurrentVarInit = V->getInit();
    if (const CXXRecordDecl *RD = V->getType()->getAsCXXRecordDecl())
      if (RD->hasDefinition())
        if (const CXXDestructorDecl *D = RD->getDestructor();
            D && D->isUserProvided())
          addCallEdge(D, V->getLocation(), false);
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *U) {
    // `&resp` handed to another call is an out-parameter, not a read.
    if (U->getOpcode() == UO_AddrOf)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(U->getSubExpr()->IgnoreParens()))
        AddressTaken.insert(DRE);
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (Frames.empty())
      return true;
    const Decl *D = E->getDecl();
    if (auto It = Interested.find(D);
        It != Interested.end() && !AddressTaken.contains(E))
      It->second.push_back(E->getLocation());
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || CalleeRefs.contains(E) || !isProjectDecl(FD))
      return true;
    addEdge(Frames.back().Usr, functionUsr(FD),
            DeferredRefs.contains(E) ? EdgeKind::Deferred : EdgeKind::Reference,
            E->getLocation());
    return true;
  }

private:
  struct Frame {
    const FunctionDecl *FD;
    std::string Usr;
  };

  ASTContext &Ctx;
  SourceManager &SM;
  RuleMatcher Matcher;
  const ExtractOptions &Options;
  TuSummary Out;

  std::vector<Frame> Frames;
  // Node-based maps: references into them survive later insertions.
  std::unordered_map<const FunctionDecl *, std::string> Usrs;
  std::unordered_map<std::string, size_t> FunctionIndex; // by USR
  llvm::DenseMap<FileID, std::pair<std::string, bool>> Files; // path, project
  llvm::DenseSet<const Expr *> CalleeRefs, DeferredRefs, AwaitedExprs,
      AddressTaken;
  llvm::DenseSet<const LambdaExpr *> Deferred;
  llvm::DenseSet<const Decl *> AwaitedVars, JoinedVars;
  llvm::DenseMap<const FunctionDecl *, std::vector<SourceLocation>> Joins;
  llvm::DenseMap<const Decl *, DeadlineInfo> Deadlines;
  llvm::DenseMap<const Expr *, DeadlineInfo> CallDeadlines; // deadline_arg
  llvm::DenseMap<const Decl *, std::string> Targets, Kinds;
  // (callee, parameter index) -> the objects callers pass there.
  std::map<std::pair<const FunctionDecl *, unsigned>, std::vector<const Decl *>>
      Passed;
  const VarDecl *CurrentVar = nullptr; // the local being initialised
  const Expr *CurrentVarInit = nullptr;
  llvm::DenseMap<const Decl *, std::vector<SourceLocation>> Interested;
  std::vector<PendingRemote> Pending;
  llvm::DenseMap<const Stmt *, std::unique_ptr<ParentMap>> ParentMaps;

  // --- files and locations -------------------------------------------------

  std::string pathOf(FileEntryRef F) {
    llvm::StringRef Real = F.getFileEntry().tryGetRealPathName();
    llvm::SmallString<256> P(Real.empty() ? F.getName() : Real);
    llvm::sys::fs::make_absolute(P);
    llvm::sys::path::remove_dots(P, true);
    return std::string(P);
  }

  const std::pair<std::string, bool> &fileInfo(FileID ID) {
    auto [It, Inserted] = Files.try_emplace(ID);
    if (Inserted) {
      if (auto F = SM.getFileEntryRefForID(ID)) {
        It->second.first = pathOf(*F);
        bool System = SrcMgr::isSystem(SM.getFileCharacteristic(
            SM.getLocForStartOfFile(ID)));
        It->second.second = isProjectFile(It->second.first, System, Options);
      }
    }
    return It->second;
  }

  bool isProject(SourceLocation L) {
    return fileInfo(SM.getFileID(SM.getExpansionLoc(L))).second;
  }
  bool isProjectDecl(const Decl *D) { return isProject(D->getLocation()); }

  Location locOf(SourceLocation L) {
    Location Loc;
    L = SM.getExpansionLoc(L);
    if (L.isInvalid())
      return Loc;
    std::pair<FileID, unsigned> D = SM.getDecomposedLoc(L);
    Loc.File = fileInfo(D.first).first;
    Loc.Line = SM.getLineNumber(D.first, D.second);
    Loc.Column = SM.getColumnNumber(D.first, D.second);
    return Loc;
  }

  llvm::StringRef sourceTextOf(SourceRange R) {
    if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
      return "";
    return Lexer::getSourceText(CharSourceRange::getTokenRange(R), SM,
                                Ctx.getLangOpts());
  }

  /// For std::chrono::duration<Rep, std::ratio<N, D>>: milliseconds per
  /// 1000 units (so that seconds, milliseconds and microseconds stay exact).
  static std::optional<int64_t> durationUnitMs(QualType T) {
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

  std::string sourceText(const Expr *E) {
    if (!E || E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID())
      return "";
    return Lexer::getSourceText(
               CharSourceRange::getTokenRange(E->getSourceRange()), SM,
               Ctx.getLangOpts())
        .str();
  }

  // --- functions and edges --------------------------------------------------

  const std::string &functionUsr(const FunctionDecl *FD) {
    auto [It, Inserted] = Usrs.try_emplace(FD);
    if (!Inserted)
      return It->second;
    llvm::SmallString<128> Buf;
    // Clang's USRs do not tell apart lambdas of one enclosing function; the
    // lambda's location does, and it is the same in every TU that sees it.
    const auto *Method = dyn_cast<CXXMethodDecl>(FD);
    bool Lambda = Method && Method->getParent()->isLambda();
    if (Lambda || index::generateUSRForDecl(FD, Buf)) {
      Location L = locOf(FD->getLocation());
      It->second = "decouple:" + L.File + ":" + std::to_string(L.Line) + ":" +
                   std::to_string(L.Column);
    } else {
      It->second = std::string(Buf);
    }
    recordFunction(FD, It->second);
    return It->second;
  }

  std::string displayName(const FunctionDecl *FD) {
    if (const auto *M = dyn_cast<CXXMethodDecl>(FD); M && M->getParent()->isLambda()) {
      Location L = locOf(M->getParent()->getLocation());
      std::string Outer;
      if (const auto *Enclosing =
              dyn_cast_or_null<FunctionDecl>(M->getParent()->getDeclContext()))
        Outer = qualifiedName(Enclosing) + "::";
      return Outer + "(lambda at " + llvm::sys::path::filename(L.File).str() +
             ":" + std::to_string(L.Line) + ")";
    }
    return qualifiedName(FD);
  }

  void recordFunction(const FunctionDecl *FD, const std::string &Usr) {
    auto [It, Inserted] = FunctionIndex.try_emplace(Usr, 0);
    size_t &Slot = It->second; // stable: unordered_map nodes do not move
    if (Inserted) {
      FunctionInfo Info;
      Info.Usr = Usr;
      Info.Name = displayName(FD);
      Info.Loc = locOf(FD->getLocation());
      if (const auto *M = dyn_cast<CXXMethodDecl>(FD)) {
        Info.IsLambda = M->getParent()->isLambda();
        for (const CXXMethodDecl *O : M->overridden_methods())
          Info.Overrides.push_back(functionUsr(O)); // may record O first
      }
      Slot = Out.Functions.size();
      Out.Functions.push_back(std::move(Info));
    }
    if (FD->doesThisDeclarationHaveABody()) {
      FunctionInfo &Info = Out.Functions[Slot];
      Info.HasBody = true;
      Info.Loc = locOf(FD->getLocation());
      Info.IsCoroutine = isa_and_nonnull<CoroutineBodyStmt>(FD->getBody());
    }
  }

  void enterFunction(const FunctionDecl *FD) {
    Frames.push_back({FD, functionUsr(FD)});
    recordFunction(FD, Frames.back().Usr);
    llvm::SmallVector<const Rule *, 2> Rules;
    Matcher.rulesForDefinition(FD, Rules);
    for (const Rule *R : Rules) {
      std::string Service = R->ServiceName;
      if (R->ServiceFromIdl)
        if (const CXXMethodDecl *M = Matcher.matchedOverride(FD, *R))
          Service = idlServiceName(M->getParent());
      // IDL handlers are named by their method; others by their class too
      // (every POCO handler is a handleRequest).
      addEntry(*R, FD, FD->getLocation(), Service,
               R->ServiceFromIdl ? FD->getNameAsString() : displayName(FD));
    }
  }

  void addEdge(const std::string &Caller, const std::string &Callee,
               EdgeKind Kind, SourceLocation L) {
    Out.Calls.push_back({Caller, Callee, Kind, locOf(L)});
  }

  void addCallEdge(const FunctionDecl *Callee, SourceLocation L,
                   bool Virtual) {
    // Compiler-generated members (implicit constructors) hold no calls.
    if ((!isProjectDecl(Callee) && !Virtual) || Callee->isImplicit())
      return;
    addEdge(Frames.back().Usr, functionUsr(Callee),
            Virtual ? EdgeKind::Virtual : EdgeKind::Direct, L);
  }

  // --- sites ----------------------------------------------------------------

  Site &addSite(SiteKind Kind, const Rule &R, SourceLocation L,
                const std::string &FunctionUsr) {
    Site S;
    S.Kind = Kind;
    S.Function = FunctionUsr;
    S.RuleId = R.Id;
    S.Protocol = R.Protocol;
    S.Loc = locOf(L);
    Out.Sites.push_back(std::move(S));
    return Out.Sites.back();
  }

  void addEntry(const Rule &R, const FunctionDecl *Handler, SourceLocation L,
                const std::string &Service, const std::string &Via) {
    Site &S = addSite(SiteKind::EntryPoint, R, L, functionUsr(Handler));
    S.Callee = qualifiedName(Handler);
    S.Service = Service;
    S.Via = Via;
    S.Consumer = R.Kind == Role::ConsumerEntryPoint;
    S.EventLoop = R.EventLoop;
  }

  void noteAwaited(const Expr *Operand) {
    const Expr *E = strip(Operand);
    AwaitedExprs.insert(E);
    if (const Decl *D = objectDecl(E))
      AwaitedVars.insert(D);
  }

  ParentMap &parentMapFor(const FunctionDecl *FD) {
    std::unique_ptr<ParentMap> &PM = ParentMaps[FD->getBody()];
    if (!PM)
      PM = std::make_unique<ParentMap>(FD->getBody());
    return *PM;
  }

  /// Whether a call's value is thrown away, or which variable keeps it.
  bool returnDiscarded(const Expr *Call, const FunctionDecl *FD,
                       const VarDecl *&StoredIn) {
    ParentMap &PM = parentMapFor(FD);
    const Stmt *S = Call;
    const Stmt *P = PM.getParent(S);
    while (P && (isa<ImplicitCastExpr, ParenExpr, ExprWithCleanups,
                     MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                     ConstantExpr>(P) ||
                 (isa<CXXConstructExpr>(P) &&
                  cast<CXXConstructExpr>(P)->getNumArgs() == 1))) {
      S = P;
      P = PM.getParent(S);
    }
    if (!P)
      return true;
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit() &&
                                                  strip(V->getInit()) ==
                                                      strip(Call))
          StoredIn = V;
      return false;
    }
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(P))
      return Cast->getType()->isVoidType();
    if (const auto *BO = dyn_cast<BinaryOperator>(P);
        BO && BO->isAssignmentOp() && BO->getRHS()->IgnoreImplicit() ==
                                          cast<Expr>(S)->IgnoreImplicit()) {
      if (const auto *V = dyn_cast_or_null<VarDecl>(objectDecl(BO->getLHS())))
        StoredIn = V;
      return false;
    }
    return !isa<Expr>(P) && !isa<ReturnStmt>(P) && !isa<IfStmt>(P) &&
           !isa<WhileStmt>(P) && !isa<ForStmt>(P) && !isa<SwitchStmt>(P) &&
           !isa<CoreturnStmt>(P);
  }

  DeadlineInfo classifyDeadline(const Expr *Value, const Rule &Setter) {
    DeadlineInfo Info{DeadlineKind::Constant, -1};
    bool Propagated = false;
    forEachSubStmt(Value, [&](const Stmt *S) {
      const auto *E = dyn_cast<Expr>(S);
      CallInfo Call;
      if (Propagated || !E || !describeCall(E, Call))
        return;
      llvm::SmallVector<const Rule *, 2> Rules;
      Matcher.rulesForCall(Call, Rules);
      for (const Rule *R : Rules)
        Propagated |= R->Kind == Role::DeadlineSource;
    });
    if (Propagated)
      return {DeadlineKind::Propagated, -1};
    if (!Value)
      return Info;
    if (auto V = Value->getIntegerConstantExpr(Ctx)) {
      Info.Ms = V->getExtValue() * (Setter.Unit == "ms" ? 1 : 1000);
      return Info;
    }
    forEachSubStmt(Value, [&](const Stmt *S) {
      const auto *E = dyn_cast<Expr>(S);
      if (Info.Ms >= 0 || !E || E->isValueDependent())
        return;
      std::optional<int64_t> PerUnitMs = durationUnitMs(E->getType());
      if (!PerUnitMs)
        return;
      std::optional<int64_t> Count;
      if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E)) {
        // 50ms: libstdc++'s literal operators are templates over the digits,
        // so read the number from the token.
        llvm::StringRef Text = sourceTextOf(UDL->getSourceRange());
        int64_t N;
        if (!Text.take_while(isdigit).getAsInteger(10, N))
          Count = N;
      } else if (const auto *CE = dyn_cast<CXXConstructExpr>(strip(E));
                 CE && CE->getNumArgs() == 1 && !CE->getArg(0)->isValueDependent()) {
        if (auto V = CE->getArg(0)->getIntegerConstantExpr(Ctx))
          Count = V->getExtValue();
      }
      if (Count)
        Info.Ms = *Count * *PerUnitMs / 1000;
    });
    return Info;
  }

  /// The object an operand names; "result" is the variable the call
  /// initialises.
  const Decl *operandDecl(const CallInfo &Call, const Operand &O) {
    if (O.K != Operand::Result)
      return objectDecl(Call.operand(O));
    const VarDecl *Stored = nullptr;
    if (isa<CXXConstructExpr>(Call.E)) {
      // `zmq::socket_t s(ctx, type)`: the construction is the variable's init.
      for (const auto &[V, Init] : {std::pair{CurrentVar, CurrentVarInit}})
        if (V && Init && strip(Init) == strip(Call.E))
          return V;
    }
    returnDiscarded(Call.E, Frames.back().FD, Stored);
    return Stored;
  }

  /// Whether the rule's kind requirement holds for its context object.
  bool kindHolds(const Rule &R, const CallInfo &Call) {
    if (R.RequiresKind.empty())
      return true;
    const Decl *Obj = operandDecl(Call, R.Context ? R.Context : R.Object);
    auto It = Kinds.find(Obj);
    return Obj && It != Kinds.end() && Glob(R.RequiresKind).matches(It->second);
  }

  void handleCall(const CallInfo &Call) {
    llvm::SmallVector<const Rule *, 2> Rules;
    Matcher.rulesForCall(Call, Rules);
    const Frame &Current = Frames.back();
    bool IsSite = false;
    for (const Rule *R : Rules) {
      if (!kindHolds(*R, Call))
        continue;
      switch (R->Kind) {
      case Role::EntryPoint:
      case Role::ConsumerEntryPoint:
        handleEntryRegistration(*R, Call);
        break;
      case Role::SyncCall:
        IsSite |= handleRemoteCall(*R, Call);
        break;
      case Role::AsyncPublish: {
        Site &S = addSite(SiteKind::Publish, *R, Call.E->getBeginLoc(),
                          Current.Usr);
        S.Callee = qualifiedName(Call.Callee);
        S.Via = stringValue(Call.arg(R->TopicArg)).value_or("");
        for (unsigned I = 0; !R->TopicAfter.empty() && I + 1 < Call.Args.size(); ++I)
          if (const auto *D = dyn_cast<DeclRefExpr>(strip(Call.Args[I]));
              D && D->getDecl()->getName() == R->TopicAfter) {
            S.Via = stringValue(Call.Args[I + 1]).value_or("");
            break;
          }
        S.Mode = CallMode::AsyncDetached;
        S.CallText = sourceText(Call.E); // for outbox fix-its
        IsSite = true;
        break;
      }
      case Role::DatastoreCall:
        handleDatastore(*R, Call);
        IsSite = true;
        break;
      case Role::DeadlineSetter:
        if (const Decl *Obj = operandDecl(Call, R->Object))
          Deadlines[Obj] = classifyDeadline(Call.arg(R->ValueArg), *R);
        break;
      case Role::TargetSetter:
        if (const Decl *Obj = operandDecl(Call, R->Object))
          Targets[Obj] = hostOfUrl(stringValue(Call.arg(R->ValueArg)).value_or(""));
        break;
      case Role::ObjectKind:
        if (const Decl *Obj = operandDecl(Call, R->Object))
          Kinds[Obj] = R->ObjectKindName;
        break;
      case Role::Join:
        // The end: `client.request(...).get()` waits after the call it ends.
        Joins[Current.FD].push_back(Call.E->getEndLoc());
        if (const Decl *Obj = objectDecl(Call.Receiver ? Call.Receiver
                                                        : Call.arg(0)))
          JoinedVars.insert(Obj);
        break;
      case Role::DetachedSpawn: {
        const LambdaExpr *Lambda = nullptr;
        const Expr *Arg = Call.arg(R->HandlerArg);
        if (callableOf(Arg, &Lambda))
          deferCallable(Arg, Lambda);
        break;
      }
      case Role::BlockingCall: {
        Site &S = addSite(SiteKind::BlockingCall, *R, Call.E->getBeginLoc(),
                          Current.Usr);
        S.Callee = qualifiedName(Call.Callee);
        IsSite = true;
        break;
      }
      case Role::DeadlineSource:
      case Role::ServiceNaming:
        break;
      }
    }
    if (IsSite)
      return; // the API call is the boundary: its body is not our concern
    // Objects handed to project functions: a handle's deadline or URL set
    // here may be what a remote call inside the callee uses.
    if (isProjectDecl(Call.Callee))
      for (unsigned I = 0; I < Call.Args.size(); ++I)
        if (const Decl *Obj = objectDecl(Call.Args[I]))
          Passed[{Call.Callee->getCanonicalDecl(), I}].push_back(Obj);
    bool Virtual = false;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call.E))
      if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
        Virtual = MC->getMethodDecl()->isVirtual() && !ME->hasQualifier();
    if (!isProjectDecl(Call.Callee) && qualifiedName(Call.Callee) ==
                                           "std::function::operator()")
      ++Out.UnresolvedIndirect;
    if (DeferredRefs.contains(Call.E)) {
      if (isProjectDecl(Call.Callee))
        addEdge(Current.Usr, functionUsr(Call.Callee), EdgeKind::Deferred,
                Call.E->getBeginLoc());
      return;
    }
    addCallEdge(Call.Callee, Call.E->getBeginLoc(), Virtual);
  }

  /// The callable at \p Arg runs later, elsewhere: its edge is Deferred.
  void deferCallable(const Expr *Arg, const LambdaExpr *Lambda) {
    if (Lambda)
      Deferred.insert(Lambda);
    else
      DeferredRefs.insert(strip(Arg));
  }

  void handleEntryRegistration(const Rule &R, const CallInfo &Call) {
    std::string Service = R.ServiceName;
    if (R.ServiceFromIdl)
      if (const auto *M = dyn_cast<CXXMethodDecl>(Call.Callee))
        Service = idlServiceName(M->getParent());
    std::string Via = R.RouteArg
                          ? stringValue(Call.arg(R.RouteArg)).value_or("")
                      : R.ServiceFromIdl ? idlMethodName(Call.Callee->getName())
                                         : "";
    // Route registrations named after the HTTP method (Get, Post...) say so.
    std::string Verb = llvm::StringRef(Call.Callee->getNameAsString()).upper();
    if (R.RouteArg && llvm::is_contained({"GET", "POST", "PUT", "DELETE",
                                          "PATCH", "OPTIONS", "HEAD"},
                                         Verb))
      Via = Verb + " " + Via;
    if (R.EnclosingFunction) {
      addEntry(R, Frames.back().FD, Call.E->getBeginLoc(), Service,
               Via.empty() ? displayName(Frames.back().FD) : Via);
      return;
    }
    const LambdaExpr *Lambda = nullptr;
    const Expr *Arg = Call.arg(R.HandlerArg);
    const FunctionDecl *Handler = callableOf(Arg, &Lambda);
    if (!Handler)
      return;
    deferCallable(Arg, Lambda);
    addEntry(R, Handler, Lambda ? Lambda->getBeginLoc() : Arg->getBeginLoc(),
             Service, Via.empty() ? displayName(Handler) : Via);
  }

  void handleDatastore(const Rule &R, const CallInfo &Call) {
    std::optional<std::string> Sql = stringValue(Call.arg(R.SqlArg));
    bool Write = R.DataAccess == Rule::Access::Write;
    std::string Via = R.Store;
    std::string SqlText = Sql.value_or("");
    if (R.DataAccess == Rule::Access::FromSql) {
      llvm::StringRef Text = llvm::StringRef(SqlText).ltrim();
      std::string Verb = Text.take_until(isspace).upper();
      Write = Verb == "INSERT" || Verb == "UPDATE" || Verb == "DELETE" ||
              Verb == "REPLACE" || Verb == "UPSERT" || Verb == "MERGE" ||
              Verb == "CREATE" || Verb == "DROP" || Verb == "ALTER";
      if (!Sql)
        Write = false; // unknown SQL: do not invent a write
      if (Sql)
        Via = Text.take_until([](char C) { return C == '\n'; }).str();
    }
    if (R.DataAccess == Rule::Access::FromVerb) {
      std::string Verb =
          llvm::StringRef(SqlText).ltrim().take_until(isspace).upper();
      Write = std::find(R.WriteVerbs.begin(), R.WriteVerbs.end(), Verb) !=
              R.WriteVerbs.end();
      if (Sql)
        Via = llvm::StringRef(SqlText).ltrim().take_until(isspace).str();
    }
    Site &S = addSite(Write ? SiteKind::DatastoreWrite : SiteKind::DatastoreRead,
                      R, Call.E->getBeginLoc(), Frames.back().Usr);
    S.Callee = qualifiedName(Call.Callee);
    S.Service = R.Store;
    S.Via = Via;
  }

  bool handleRemoteCall(const Rule &R, const CallInfo &Call) {
    const Frame &Current = Frames.back();
    const Decl *Context = objectDecl(Call.operand(R.Context));
    if (R.RequiresTarget && (!Context || !Targets.count(Context)))
      return false; // e.g. a server writing to its own client's socket
    size_t Index = Out.Sites.size();
    Site &S = addSite(SiteKind::RemoteCall, R, Call.E->getBeginLoc(),
                      Current.Usr);
    S.Callee = qualifiedName(Call.Callee);
    S.DefaultTimeout = R.DefaultTimeout;
    S.Via = Call.Callee->getNameAsString();
    if (R.TargetFromIdl) {
      if (const auto *M = dyn_cast<CXXMethodDecl>(Call.Callee))
        S.Service = idlServiceName(M->getParent());
      S.Via = idlMethodName(S.Via);
    } else if (R.TargetArg) {
      if (auto V = stringValue(Call.operand(R.TargetArg))) {
        S.Service = hostOfUrl(*V);
        S.Via = *V;
      }
    } else if (R.TargetFromReceiverInit) {
      if (const auto *V = dyn_cast_or_null<VarDecl>(objectDecl(Call.Receiver)))
        if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(
                strip(V->getInit()));
            CE && *R.TargetFromReceiverInit < CE->getNumArgs())
          if (auto U = stringValue(CE->getArg(*R.TargetFromReceiverInit)))
            S.Service = hostOfUrl(*U);
      if (!Call.Args.empty())
        if (auto Path = stringValue(Call.Args[0]))
          S.Via = Call.Callee->getNameAsString() + " " + *Path;
    }
    if (const Expr *Timeout = Call.arg(R.DeadlineArg)) {
      DeadlineInfo D = classifyDeadline(Timeout, R);
      CallDeadlines[Call.E] = D; // read back in finish()
    }
    if (R.Style == CallStyle::Blocking)
      S.Mode = CallMode::Sync;
    else if (AwaitedExprs.contains(strip(Call.E)))
      S.Mode = CallMode::Awaited;
    else
      S.Mode = CallMode::AsyncDetached; // refined in finish()
    if (S.Mode == CallMode::Sync || S.Mode == CallMode::Awaited) {
      S.CallText = sourceText(Call.E);
      S.RequestText = sourceText(Call.arg(R.RequestArg));
    }

    PendingRemote P{Index, &R, Call.E, Current.FD, Context, nullptr, nullptr,
                    false};
    P.ReturnDiscarded = returnDiscarded(Call.E, Current.FD, P.StoredIn);
    if (R.ResponseArg)
      P.Response = objectDecl(Call.arg(R.ResponseArg));
    for (const Decl *D : {static_cast<const Decl *>(P.StoredIn), P.Response})
      if (D)
        Interested.try_emplace(D);
    Pending.push_back(P);
    return true;
  }

  bool readAfter(const Decl *D, SourceLocation After) {
    auto It = Interested.find(D);
    if (It == Interested.end())
      return false;
    for (SourceLocation L : It->second)
      if (SM.isBeforeInTranslationUnit(After, L))
        return true;
    return false;
  }

  /// The context is a parameter: look at what the callers in this TU pass.
  /// Missing only if every caller passes an object without a deadline;
  /// unknown if no caller is visible here.
  void followParameter(Site &S, const PendingRemote &P, const ParmVarDecl *Param) {
    const auto *Fn = dyn_cast<FunctionDecl>(Param->getDeclContext());
    auto It = Fn ? Passed.find({Fn->getCanonicalDecl(),
                                Param->getFunctionScopeIndex()})
                 : Passed.end();
    if (It == Passed.end()) {
      S.Deadline = DeadlineKind::Unknown;
      return;
    }
    for (const Decl *Obj : It->second) {
      if (S.Service.empty())
        if (auto T = Targets.find(Obj); T != Targets.end() && !T->second.empty())
          S.Service = S.Via = T->second;
      if (auto D = Deadlines.find(Obj); D != Deadlines.end()) {
        S.Deadline = D->second.Kind;
        S.DeadlineMs = D->second.Ms;
        return;
      }
      if (isa<ParmVarDecl>(Obj)) {
        S.Deadline = DeadlineKind::Unknown; // passed on from further up
        return;
      }
    }
    S.Deadline = DeadlineKind::Missing;
  }

  void finish() {
    for (const PendingRemote &P : Pending) {
      Site &S = Out.Sites[P.SiteIndex];
      SourceLocation End = P.Call->getEndLoc();
      if (P.R->Style != CallStyle::Blocking && S.Mode != CallMode::Awaited) {
        bool Joined = false;
        if (P.StoredIn && AwaitedVars.contains(P.StoredIn))
          S.Mode = CallMode::Awaited;
        else if (P.StoredIn && JoinedVars.contains(P.StoredIn))
          Joined = true;
        else if (P.R->Style == CallStyle::AsyncStart ||
                 (!P.ReturnDiscarded && P.StoredIn))
          for (SourceLocation J : Joins.lookup(P.Function))
            Joined |= SM.isBeforeInTranslationUnit(End, J);
        if (Joined)
          S.Mode = CallMode::AsyncJoined;
      }
      bool ResultRead = (!P.ReturnDiscarded && !P.StoredIn) ||
                        isa_and_nonnull<ParmVarDecl>(P.Response) ||
                        (P.StoredIn && readAfter(P.StoredIn, End)) ||
                        (P.Response && readAfter(P.Response, End));
      S.ResultUsed = ResultRead;
      if (auto It = CallDeadlines.find(P.Call); It != CallDeadlines.end()) {
        S.Deadline = It->second.Kind; // the timeout came with the call
        S.DeadlineMs = It->second.Ms;
      } else if (!P.R->Context) {
        S.Deadline = DeadlineKind::Unknown;
      } else if (P.Context) {
        auto It = Deadlines.find(P.Context);
        if (It != Deadlines.end()) {
          S.Deadline = It->second.Kind;
          S.DeadlineMs = It->second.Ms;
        } else if (const auto *Param = dyn_cast<ParmVarDecl>(P.Context)) {
          followParameter(S, P, Param);
        }
        if (S.Service.empty())
          if (auto T = Targets.find(P.Context);
              T != Targets.end() && !T->second.empty())
            S.Service = S.Via = T->second;
      } else {
        S.Deadline = DeadlineKind::Unknown;
      }
    }
  }

  void digestIncludes() {
    for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End;
         ++It) {
      IncludedFile F;
      F.Path = pathOf(It->first);
      if (auto Buffer = SM.getMemoryBufferForFileOrNone(It->first))
        F.Digest = llvm::xxh3_64bits(Buffer->getBuffer());
      Out.Includes.push_back(std::move(F));
    }
    std::sort(Out.Includes.begin(), Out.Includes.end(),
              [&](const IncludedFile &A, const IncludedFile &B) {
                bool AMain = A.Path == Out.MainFile, BMain = B.Path == Out.MainFile;
                if (AMain != BMain)
                  return AMain;
                return A.Path < B.Path;
              });
    Out.Includes.erase(std::unique(Out.Includes.begin(), Out.Includes.end(),
                                   [](const IncludedFile &A,
                                      const IncludedFile &B) {
                                     return A.Path == B.Path;
                                   }),
                       Out.Includes.end());
  }
};

class ExtractConsumer : public ASTConsumer {
public:
  ExtractConsumer(CompilerInstance &CI, const RuleSet &Rules,
                  const ExtractOptions &Options,
                  std::function<void(TuSummary)> &Sink)
      : CI(CI), Rules(Rules), Options(Options), Sink(Sink) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    TuSummary Summary = extractSummary(Ctx, Rules, Options);
    Summary.ErrorCount = CI.getDiagnostics().getClient()->getNumErrors();
    Sink(std::move(Summary));
  }

  // Bodies outside the project cannot hold request paths; skipping them is
  // most of the speed-up over a full parse.
  bool shouldSkipFunctionBody(Decl *D) override {
    SourceManager &SM = CI.getSourceManager();
    SourceLocation L = SM.getExpansionLoc(D->getLocation());
    if (L.isInvalid())
      return false;
    FileID ID = SM.getFileID(L);
    auto [It, Inserted] = Skip.try_emplace(ID, true);
    if (Inserted && !SM.isInSystemHeader(L))
      if (auto F = SM.getFileEntryRefForID(ID)) {
        llvm::SmallString<256> P(F->getFileEntry().tryGetRealPathName());
        if (P.empty()) {
          P = F->getName();
          llvm::sys::fs::make_absolute(P);
        }
        It->second = !isProjectFile(P, /*System=*/false, Options);
      }
    return It->second;
  }

private:
  CompilerInstance &CI;
  const RuleSet &Rules;
  const ExtractOptions &Options;
  std::function<void(TuSummary)> &Sink;
  llvm::DenseMap<FileID, bool> Skip;
};

} // namespace

const char *edgeKindName(EdgeKind K) {
  switch (K) {
  case EdgeKind::Direct: return "direct";
  case EdgeKind::Virtual: return "virtual";
  case EdgeKind::Lambda: return "lambda";
  case EdgeKind::Reference: return "reference";
  case EdgeKind::Deferred: return "deferred";
  }
  return "?";
}

const char *callModeName(CallMode M) {
  switch (M) {
  case CallMode::Sync: return "sync";
  case CallMode::Awaited: return "awaited";
  case CallMode::AsyncJoined: return "async-joined";
  case CallMode::AsyncDetached: return "async-detached";
  }
  return "?";
}

const char *deadlineKindName(DeadlineKind K) {
  switch (K) {
  case DeadlineKind::Missing: return "missing";
  case DeadlineKind::Constant: return "constant";
  case DeadlineKind::Propagated: return "propagated";
  case DeadlineKind::Unknown: return "unknown";
  }
  return "?";
}

const char *siteKindName(SiteKind K) {
  switch (K) {
  case SiteKind::EntryPoint: return "entry-point";
  case SiteKind::RemoteCall: return "remote-call";
  case SiteKind::Publish: return "publish";
  case SiteKind::DatastoreRead: return "datastore-read";
  case SiteKind::DatastoreWrite: return "datastore-write";
  case SiteKind::BlockingCall: return "blocking-call";
  }
  return "?";
}

TuSummary extractSummary(ASTContext &Ctx, const RuleSet &Rules,
                         const ExtractOptions &Options) {
  return SummaryBuilder(Ctx, Rules, Options).run();
}

bool ExtractAction::BeginInvocation(CompilerInstance &CI) {
  CI.getFrontendOpts().SkipFunctionBodies = true;
  CI.getDiagnosticOpts().IgnoreWarnings = true;
  return true;
}

std::unique_ptr<ASTConsumer>
ExtractAction::CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) {
  return std::make_unique<ExtractConsumer>(CI, Rules, Options, Sink);
}

} // namespace decouple
