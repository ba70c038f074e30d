//===- SummaryBuilder.cpp -------------------------------------------------===//
#include "index/SummaryBuilder.h"
#include "index/AstHelpers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace decouple {

namespace {

const llvm::StringRef HttpVerbs[] = {
#define HTTP_VERB(Verb) Verb,
#include "index/FrameworkVocabulary.def"
};

const llvm::StringRef SqlWriteVerbs[] = {
#define SQL_WRITE_VERB(Verb) Verb,
#include "index/FrameworkVocabulary.def"
};

} // namespace

TuSummary SummaryBuilder::run() {
  for (std::string &P : Matcher.beginTranslationUnit(Ctx))
    Out.Errors.push_back(std::move(P));
  if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    Out.MainFile = pathOf(*Main);
  TraverseDecl(Ctx.getTranslationUnitDecl());
  Facts.resolve(Out.Sites, Out.DeadlineFlows,
                [this](const FunctionDecl *FD) { return functionUsr(FD); });
  if (Options.DigestIncludes)
    Out.Includes = Files.digestIncludes(Out.MainFile);
  return std::move(Out);
}

bool SummaryBuilder::TraverseDecl(Decl *D) {
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

bool SummaryBuilder::TraverseLambdaExpr(LambdaExpr *LE, DataRecursionQueue *) {
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

bool SummaryBuilder::VisitCoawaitExpr(CoawaitExpr *E) {
  Facts.noteAwaited(E->getOperand());
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
  if (Lambda)
    Deferred.insert(Lambda);
  else
    DeferredRefs.insert(strip(Arg));
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
  S.Callee = qualifiedName(Handler);
  S.Service = Service;
  S.Via = Via;
  S.Consumer = R.Kind == Role::ConsumerEntryPoint;
  S.EventLoop = R.EventLoop;
}

void SummaryBuilder::collectOverriders(const DeclContext *DC) {
  for (const Decl *D : DC->decls()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      collectOverriders(NS);
    } else if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
      collectOverriders(LS);
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D);
               RD && RD->isThisDeclarationADefinition() &&
               !RD->isDependentContext()) {
      for (const CXXMethodDecl *M : RD->methods())
        for (const CXXMethodDecl *O : M->overridden_methods())
          Overriders[O->getCanonicalDecl()].push_back(M);
      collectOverriders(RD);
    }
  }
}

const CXXMethodDecl *
SummaryBuilder::implementationCalled(const CallInfo &Call,
                                     llvm::SmallVectorImpl<const Rule *> &Rules) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(Call.E);
  const auto *M = MC ? MC->getMethodDecl() : nullptr;
  if (!M || !M->isVirtual() || isProjectDecl(M))
    return nullptr;
  if (!OverridersBuilt) {
    OverridersBuilt = true;
    collectOverriders(Ctx.getTranslationUnitDecl());
  }
  // Breadth-first down the overriders: the first with a remote-call rule.
  // If the project implements the interface itself, the call may be local:
  // the link step's virtual fan-out follows it instead.
  llvm::SmallVector<const CXXMethodDecl *, 8> Work{M->getCanonicalDecl()};
  const CXXMethodDecl *Impl = nullptr;
  llvm::SmallVector<const Rule *, 2> ImplRules;
  for (size_t I = 0; I < Work.size() && I < 64; ++I) {
    auto It = Overriders.find(Work[I]->getCanonicalDecl());
    if (It == Overriders.end())
      continue;
    for (const CXXMethodDecl *O : It->second) {
      if (isProjectDecl(O))
        return nullptr;
      Work.push_back(O);
      if (Impl)
        continue;
      CallInfo AsImpl = Call;
      AsImpl.Callee = O;
      llvm::SmallVector<const Rule *, 2> Found;
      Matcher.rulesForCall(AsImpl, Found);
      for (const Rule *R : Found)
        if (R->Kind == Role::SyncCall)
          ImplRules.push_back(R);
      if (!ImplRules.empty())
        Impl = O;
    }
  }
  Rules.append(ImplRules.begin(), ImplRules.end());
  return Impl;
}

void SummaryBuilder::handleCall(const CallInfo &Call) {
  llvm::SmallVector<const Rule *, 2> Rules;
  Matcher.rulesForCall(Call, Rules);
  if (Rules.empty()) {
    // Through an interface: the finding is on this call, and names the
    // implementation (the witness of the remote call is its callee).
    CallInfo AsImpl = Call;
    if (const CXXMethodDecl *Impl = implementationCalled(Call, Rules)) {
      AsImpl.Callee = Impl;
      bool IsSite = false;
      for (const Rule *R : Rules)
        IsSite |= Facts.kindHolds(*R, AsImpl, Frames.back().FD) &&
                  handleRemoteCall(*R, AsImpl);
      if (IsSite)
        return;
      Rules.clear();
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
    case Role::TargetSetter:
    case Role::ObjectKind:
    case Role::Join:
      Facts.record(*R, Call, Current.FD);
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

void SummaryBuilder::handleEntryRegistration(const Rule &R,
                                             const CallInfo &Call) {
  std::string Service = R.ServiceName;
  if (R.ServiceFromIdl)
    if (const auto *M = dyn_cast<CXXMethodDecl>(Call.Callee))
      Service = idlServiceName(M->getParent());
  std::string Via = R.RouteArg ? stringValue(Call.arg(R.RouteArg)).value_or("")
                    : R.ServiceFromIdl ? idlMethodName(Call.Callee->getName())
                                       : "";
  // A subscription names its topics on another object: the partition list
  // that a target-setter filled (rd_kafka_subscribe(rk, topics)).
  if (Via.empty() && R.Object)
    Via = Facts.targetOf(objectDecl(Call.operand(R.Object)));
  // Route registrations named after the HTTP method (Get, Post...) say so.
  std::string Verb = llvm::StringRef(Call.Callee->getNameAsString()).upper();
  if (R.RouteArg && llvm::is_contained(HttpVerbs, Verb))
    Via = Verb + " " + Via;
  if (R.EnclosingFunction) {
    addEntry(R, Frames.back().FD, Call.E->getBeginLoc(), Service,
             Via.empty() ? displayName(Frames.back().FD) : Via);
    // A subscription names what the service consumes; the loop that polls
    // handles it. No request path starts in the subscribing function (often
    // main, whose USR every program shares): the site keeps no function.
    if (R.Object)
      Out.Sites.back().Function.clear();
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

void SummaryBuilder::handlePublish(const Rule &R, const CallInfo &Call) {
  Site &S =
      addSite(SiteKind::Publish, R, Call.E->getBeginLoc(), Frames.back().Usr);
  S.Callee = qualifiedName(Call.Callee);
  S.Via = stringValue(Call.arg(R.TopicArg)).value_or("");
  for (unsigned I = 0; !R.TopicAfter.empty() && I + 1 < Call.Args.size(); ++I)
    if (const auto *D = dyn_cast<DeclRefExpr>(strip(Call.Args[I]));
        D && D->getDecl()->getName() == R.TopicAfter) {
      S.Via = stringValue(Call.Args[I + 1]).value_or("");
      break;
    }
  S.Mode = CallMode::AsyncDetached;
  S.CallText = sourceText(Call.E, Ctx); // for outbox fix-its
}

void SummaryBuilder::handleDatastore(const Rule &R, const CallInfo &Call) {
  std::optional<std::string> Sql = stringValue(Call.arg(R.SqlArg));
  bool Write = R.DataAccess == Rule::Access::Write;
  std::string Via = R.Store;
  std::string SqlText = Sql.value_or("");
  if (R.DataAccess == Rule::Access::FromSql) {
    llvm::StringRef Text = llvm::StringRef(SqlText).ltrim();
    std::string Verb = Text.take_until(isspace).upper();
    Write = llvm::is_contained(SqlWriteVerbs, Verb);
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

bool SummaryBuilder::handleRemoteCall(const Rule &R, const CallInfo &Call) {
  const Frame &Current = Frames.back();
  const Decl *Context = objectDecl(Call.operand(R.Context));
  if (R.RequiresTarget && !Facts.hasTarget(Context))
    return false; // e.g. a server writing to its own client's socket
  size_t Index = Out.Sites.size();
  Site &S =
      addSite(SiteKind::RemoteCall, R, Call.E->getBeginLoc(), Current.Usr);
  S.Callee = qualifiedName(Call.Callee);
  S.DefaultTimeout = R.DefaultTimeout;
  S.Streaming = R.Streaming;
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
      if (const auto *CE =
              dyn_cast_or_null<CXXConstructExpr>(strip(V->getInit()));
          CE && *R.TargetFromReceiverInit < CE->getNumArgs())
        if (auto U = stringValue(CE->getArg(*R.TargetFromReceiverInit)))
          S.Service = hostOfUrl(*U);
    if (!Call.Args.empty())
      if (auto Path = stringValue(Call.Args[0])) {
        // "GET /quote" for cli.Get("/quote?w=" + ...): method and route.
        std::string Verb = llvm::StringRef(S.Via).upper();
        S.Via = (llvm::is_contained(HttpVerbs, Verb) ? Verb : S.Via) + " " +
                llvm::StringRef(*Path).take_until([](char C) { return C == '?'; }).str();
      }
  }
  Facts.addRemoteCall(S, Index, R, Call, Current.FD, Context);
  return true;
}

} // namespace decouple
