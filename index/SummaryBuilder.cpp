//===- SummaryBuilder.cpp -------------------------------------------------===//
#include "index/SummaryBuilder.h"
#include "index/AstHelpers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace decouple {


TuSummary SummaryBuilder::run() {
  for (std::string &P : Matcher.beginTranslationUnit(Ctx))
    Out.Errors.push_back(std::move(P));
  if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    Out.MainFile = pathOf(*Main);
  Facts.seedObjectKinds([this](const Decl *D) { return isProjectDecl(D); });
  TraverseDecl(Ctx.getTranslationUnitDecl());
  Facts.resolve(Out.Sites, Out.DeadlineFlows,
                [this](const FunctionDecl *FD) { return functionUsr(FD); },
                [this](SourceLocation L) { return locOf(L); });
  // A fix-it would replace the project's line with the generated call.
  for (size_t I : InlinedSites) {
    Out.Sites[I].CallText.clear();
    Out.Sites[I].RequestText.clear();
    Out.Sites[I].StatementStart = Location();
  }
  Facts.resolveStoreNames(
      Out.Sites, Out.StoreNameFlows,
      [this](const FunctionDecl *FD) { return functionUsr(FD); });
  if (Options.DigestIncludes)
    Out.Includes = Files.digestIncludes(Out.MainFile);
  return std::move(Out);
}

bool SummaryBuilder::TraverseDecl(Decl *D) {
  if (!D || isa<TranslationUnitDecl>(D))
    return Base::TraverseDecl(D);
  if (Inlining.empty() && D->getLocation().isValid() &&
      !isProject(D->getLocation()))
    return true;
  if (const auto *FD = dyn_cast<FunctionDecl>(D);
      FD && FD->doesThisDeclarationHaveABody()) {
    if (FD->isDependentContext())
      return true; // instantiations are traversed instead
    enterFunction(FD);
    // `: db_(db)`: the member holds what the constructor was given.
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
      for (const CXXCtorInitializer *I : Ctor->inits())
        if (I->isMemberInitializer() && I->isWritten())
          if (const auto *P =
                  dyn_cast_or_null<ParmVarDecl>(objectDecl(I->getInit())))
            Facts.noteFieldInit(I->getMember(), P);
    bool Result = Base::TraverseDecl(D);
    Frames.pop_back();
    return Result;
  }
  return Base::TraverseDecl(D);
}

bool SummaryBuilder::TraverseLambdaExpr(LambdaExpr *LE, DataRecursionQueue *) {
  if (LE->getLambdaClass()->isDependentContext())
    return true; // in a template: its instantiations are traversed instead
  auto Edge = [&](const FunctionDecl *Op) {
    if (!Frames.empty())
      addEdge(Frames.back().Usr, functionUsr(Op),
              Deferred.contains(LE) ? EdgeKind::Deferred : EdgeKind::Lambda,
              LE->getBeginLoc());
    enterFunction(Op);
  };
  if (const FunctionTemplateDecl *Generic = LE->getDependentCallOperator()) {
    // `[](const auto &req, auto &res) {...}`: the body that runs is each
    // instantiation of the call operator (std::function<...> makes one).
    bool Result = true;
    for (const FunctionDecl *Op : Generic->specializations()) {
      if (!Op->getBody())
        continue;
      Edge(Op);
      Result &= TraverseStmt(Op->getBody());
      Frames.pop_back();
    }
    return Result;
  }
  Edge(LE->getCallOperator());
  bool Result = Base::TraverseLambdaExpr(LE, nullptr);
  Frames.pop_back();
  return Result;
}

bool SummaryBuilder::VisitCoawaitExpr(CoawaitExpr *E) {
  Facts.noteAwaited(E->getOperand());
  return true;
}

bool SummaryBuilder::VisitReturnStmt(ReturnStmt *S) {
  if (!Frames.empty() && S->getRetValue())
    Facts.noteReturned(S->getRetValue(), Frames.back().FD);
  return true;
}

bool SummaryBuilder::VisitCallExpr(CallExpr *E) {
  if (Frames.empty() || E->isTypeDependent())
    return true;
  if (const Expr *Callee = E->getCallee())
    CalleeRefs.insert(Callee->IgnoreParenImpCasts());
  CallInfo Call;
  if (!callInfoOf(E, Call)) {
    if (!isa<CXXPseudoDestructorExpr>(E->getCallee()->IgnoreParens()))
      ++Out.UnresolvedIndirect;
    return true;
  }
  handleCall(Call);
  return true;
}

bool SummaryBuilder::VisitCXXConstructExpr(CXXConstructExpr *E) {
  if (Frames.empty())
    return true;
  CallInfo Call;
  if (callInfoOf(E, Call))
    handleCall(Call);
  return true;
}

bool SummaryBuilder::VisitCXXDeleteExpr(CXXDeleteExpr *E) {
  if (Frames.empty())
    return true;
  if (const CXXRecordDecl *RD = E->getDestroyedType()->getAsCXXRecordDecl())
    if (const CXXDestructorDecl *D = RD->getDestructor())
      addCallEdge(D, E->getBeginLoc(), D->isVirtual());
  return true;
}

bool SummaryBuilder::VisitVarDecl(VarDecl *V) {
  if (Frames.empty() || !V->isLocalVarDecl() || V->getType()->isDependentType())
    return true;
  Facts.noteLocalVar(V); // its initialiser is visited next
  if (const CXXRecordDecl *RD = V->getType()->getAsCXXRecordDecl())
    if (RD->hasDefinition())
      if (const CXXDestructorDecl *D = RD->getDestructor();
          D && D->isUserProvided())
        addCallEdge(D, V->getLocation(), false);
  return true;
}

bool SummaryBuilder::VisitUnaryOperator(UnaryOperator *U) {
  if (U->getOpcode() == UO_AddrOf)
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(U->getSubExpr()->IgnoreParens()))
      Facts.noteAddressTaken(DRE);
  return true;
}

bool SummaryBuilder::VisitDeclRefExpr(DeclRefExpr *E) {
  if (Frames.empty())
    return true;
  Facts.noteReference(E);
  const auto *FD = dyn_cast<FunctionDecl>(E->getDecl());
  if (!FD || CalleeRefs.contains(E) || !isProjectDecl(FD))
    return true;
  addEdge(Frames.back().Usr, functionUsr(FD),
          DeferredRefs.contains(E) ? EdgeKind::Deferred : EdgeKind::Reference,
          E->getLocation());
  return true;
}

// --- functions and edges ----------------------------------------------------

const std::string &SummaryBuilder::functionUsr(const FunctionDecl *FD) {
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

std::string SummaryBuilder::displayName(const FunctionDecl *FD) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD);
      M && M->getParent()->isLambda()) {
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

void SummaryBuilder::recordFunction(const FunctionDecl *FD,
                                    const std::string &Usr) {
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

void SummaryBuilder::enterFunction(const FunctionDecl *FD) {
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

void SummaryBuilder::addEdge(const std::string &Caller,
                             const std::string &Callee, EdgeKind Kind,
                             SourceLocation L) {
  Out.Calls.push_back({Caller, Callee, Kind, locOf(L)});
}

void SummaryBuilder::addCallEdge(const FunctionDecl *Callee, SourceLocation L,
                                 bool Virtual) {
  // Compiler-generated members (implicit constructors) hold no calls.
  if ((!isProjectDecl(Callee) && !Virtual) || Callee->isImplicit())
    return;
  addEdge(Frames.back().Usr, functionUsr(Callee),
          Virtual ? EdgeKind::Virtual : EdgeKind::Direct, L);
}

void SummaryBuilder::deferCallable(const Expr *Arg, const LambdaExpr *Lambda) {
  if (Lambda) {
    Deferred.insert(Lambda);
    return;
  }
  const Expr *Ref = strip(Arg);
  // `&OnTimer`: the reference is the DeclRefExpr under the address-of.
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(Ref);
      U && U->getOpcode() == UO_AddrOf)
    Ref = strip(U->getSubExpr());
  DeferredRefs.insert(Ref);
}

// --- sites, by role ---------------------------------------------------------

Site &SummaryBuilder::addSite(SiteKind Kind, const Rule &R, SourceLocation L,
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

void SummaryBuilder::addEntry(const Rule &R, const FunctionDecl *Handler,
                              SourceLocation L, const std::string &Service,
                              const std::string &Via) {
  Site &S = addSite(SiteKind::EntryPoint, R, L, functionUsr(Handler));
  Facts.noteEntry(Handler);
  S.Callee = qualifiedName(Handler);
  S.Service = Service;
  S.Via = Via;
  S.Consumer = R.Kind == Role::ConsumerEntryPoint;
  S.EventLoop = R.EventLoop;
}

void SummaryBuilder::handleCall(const CallInfo &Call) {
  llvm::SmallVector<const Rule *, 2> Rules;
  Matcher.rulesForCall(Call, Rules);
  // Through an interface: one no rule names (a Thrift FooIf), or one whose
  // remote-call rule names it too (a gRPC StubInterface). The finding is on
  // this call, and names the implementation (the remote call's callee).
  if (llvm::all_of(Rules,
                   [](const Rule *R) { return R->Kind == Role::SyncCall; })) {
    CallInfo AsImpl = Call;
    llvm::SmallVector<const Rule *, 2> ImplRules;
    if (const CXXMethodDecl *Impl = implementationCalled(Call, ImplRules)) {
      AsImpl.Callee = Impl;
      bool IsSite = false;
      size_t First = Out.Sites.size();
      for (const Rule *R : ImplRules)
        IsSite |= Facts.kindHolds(*R, AsImpl, Frames.back().FD) &&
                  handleRemoteCall(*R, AsImpl);
      for (size_t I = First; I < Out.Sites.size(); ++I) {
        Out.Sites[I].Interface = qualifiedName(Call.Callee);
        Out.Sites[I].GeneratedImplementation = hasGeneratedName(
            Ctx.getSourceManager().getFilename(
                Ctx.getSourceManager().getExpansionLoc(Impl->getLocation())));
      }
      if (IsSite)
        return;
    }
  }
  const Frame &Current = Frames.back();
  bool IsSite = false;
  for (const Rule *R : Rules) {
    if (!Facts.kindHolds(*R, Call, Current.FD))
      continue;
    switch (R->Kind) {
    case Role::EntryPoint:
    case Role::ConsumerEntryPoint:
      handleEntryRegistration(*R, Call);
      break;
    case Role::SyncCall:
      IsSite |= handleRemoteCall(*R, Call);
      break;
    case Role::AsyncPublish:
      handlePublish(*R, Call);
      IsSite = true;
      break;
    case Role::DatastoreCall:
      handleDatastore(*R, Call);
      IsSite = true;
      break;
    case Role::DeadlineSetter:
      // A protocol's transport timeout (a TSocket's): the program sets one.
      if (setsTransportTimeout(*R))
        addSite(SiteKind::TransportTimeout, *R, Call.E->getBeginLoc(),
                Current.Usr)
            .Callee = qualifiedName(Call.Callee);
      Facts.record(*R, Call, Current.FD);
      break;
    case Role::TargetSetter:
    case Role::DatastoreOpen:
    case Role::ObjectKind:
    case Role::Join:
      Facts.record(*R, Call, Current.FD);
      break;
    case Role::DetachedSpawn: {
      const LambdaExpr *Lambda = nullptr;
      const Expr *Arg = Call.arg(R->HandlerArg);
      // A thread joined in the function that starts it is waited for: its
      // callable stays on the path (DeathStarBench's ComposePost uploads).
      if (callableOf(Arg, &Lambda) && !joinedInFunction(Call.E, Current.FD, Ctx))
        deferCallable(Arg, Lambda);
      break;
    }
    case Role::InProcessHandoff:
      handleInProcessHandoff(*R, Call);
      IsSite = true;
      break;
    case Role::ScheduledCallback:
      handleScheduledCallback(*R, Call);
      break;
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
  if (lookThroughGenerated(Call))
    return;
  if (isProjectDecl(Call.Callee))
    Facts.notePassed(Call, Current.FD);
  bool Virtual = false;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call.E))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      Virtual = MC->getMethodDecl()->isVirtual() && !ME->hasQualifier();
  if (!isProjectDecl(Call.Callee) &&
      qualifiedName(Call.Callee) == "std::function::operator()")
    ++Out.UnresolvedIndirect;
  if (DeferredRefs.contains(Call.E)) {
    if (isProjectDecl(Call.Callee))
      addEdge(Current.Usr, functionUsr(Call.Callee), EdgeKind::Deferred,
              Call.E->getBeginLoc());
    return;
  }
  addCallEdge(Call.Callee, Call.E->getBeginLoc(), Virtual);
}

bool SummaryBuilder::lookThroughGenerated(const CallInfo &Call) {
  const FunctionDecl *Def = nullptr;
  // The IDL compilers' own files (*.pb.h) are not looked through: the CLI
  // does not even parse their bodies, and clang-tidy must agree with it.
  if (!Call.Callee->hasBody(Def) || !Def ||
      Files.ownerOf(Def->getLocation()) != FileOwner::Generated ||
      hasGeneratedName(Files.locOf(Def->getLocation()).File) ||
      Inlining.size() >= 4 || llvm::is_contained(Inlining, Def))
    return false;
  size_t FirstSite = Out.Sites.size();
  clang::SourceLocation Outer = InlinedAt;
  if (Inlining.empty())
    InlinedAt = Call.E->getBeginLoc();
  Inlining.push_back(Def);
  // The body's facts (a response read, a discarded result) are judged in
  // the generated function; what it reaches belongs to the project caller.
  Frames.push_back({Def, Frames.back().Usr});
  TraverseStmt(Def->getBody());
  Frames.pop_back();
  Inlining.pop_back();
  InlinedAt = Outer;
  for (size_t I = FirstSite; I < Out.Sites.size(); ++I)
    InlinedSites.push_back(I);
  return true;
}

} // namespace decouple
