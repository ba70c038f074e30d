//===- SummaryBuilderSites.cpp - The sites each role makes -------------===//
//
// The role handlers of SummaryBuilder: what a matched call becomes (an entry
// registration, a publish, a datastore access, a remote call), and the
// search for the generated client behind a call through an interface.
//
//===----------------------------------------------------------------------===//
#include "index/SummaryBuilder.h"

#include "clang/AST/ExternalASTSource.h"
#include "index/AstHelpers.h"
#include "index/SqlText.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/StringExtras.h"

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

/// The HTTP method \p S names as an enumerator (Drogon's `Post`), or as a
/// string literal made an enumerator by a literal operator (Crow's
/// `"POST"_method`); "" otherwise.
std::string httpVerbNamedBy(const Stmt *S) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return isa<EnumConstantDecl>(Ref->getDecl())
               ? Ref->getDecl()->getName().upper()
               : "";
  const auto *Literal = dyn_cast<UserDefinedLiteral>(S);
  if (!Literal || !Literal->getType()->isEnumeralType() ||
      Literal->getLiteralOperatorKind() != UserDefinedLiteral::LOK_String)
    return "";
  const auto *Text =
      dyn_cast<StringLiteral>(Literal->getCookedLiteral()->IgnoreImpCasts());
  return Text ? Text->getString().upper() : "";
}

/// The HTTP methods an argument names, in order and upper case: "GET,POST"
/// for Drogon's `{Get, Post}`.
std::string httpVerbsIn(const Expr *Arg) {
  std::string Verbs;
  forEachSubStmt(Arg, [&](const Stmt *S) {
    std::string V = httpVerbNamedBy(S);
    if (llvm::is_contained(HttpVerbs, V) &&
        !llvm::is_contained(llvm::split(Verbs, ','), V))
      Verbs += (Verbs.empty() ? "" : ",") + V;
  });
  return Verbs;
}

/// Crow's `CROW_ROUTE(app, "/pay").methods(Post)(handler)`: the route is
/// argument RouteArg of the call in the receiver chain that R.RouteCall
/// names; the HTTP methods are enumerators of the calls in between.
void routeFromChain(const Rule &R, const CallInfo &Call, std::string &Route,
                    std::string &Verbs) {
  const Expr *Object = Call.Receiver;
  for (int Depth = 0; Object && Depth < 16; ++Depth) {
    const auto *CE = dyn_cast<CallExpr>(Object->IgnoreImplicit()->IgnoreParens());
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    if (!FD)
      return;
    const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
    bool Operator = isa<CXXOperatorCallExpr>(CE);
    unsigned First = Operator ? 1 : 0; // an operator's object is argument 0
    if (matchesAny(R.RouteCall, qualifiedName(FD))) {
      unsigned Index = First + R.RouteArg.value_or(0);
      if (Index < CE->getNumArgs())
        Route = stringValue(CE->getArg(Index)).value_or("");
      return;
    }
    for (unsigned I = First; I < CE->getNumArgs(); ++I) {
      std::string More = httpVerbsIn(CE->getArg(I));
      if (!More.empty())
        Verbs += (Verbs.empty() ? "" : ",") + More;
    }
    Object = MC                              ? MC->getImplicitObjectArgument()
             : Operator && CE->getNumArgs() ? CE->getArg(0)
                                            : nullptr;
  }
}

/// Whether \p T (references and pointers aside) is an object of one of the
/// classes \p Types names, without template arguments:
/// "boost::asio::basic_socket_acceptor".
bool typeIsOneOf(QualType T, const std::vector<Glob> &Types) {
  T = T.getNonReferenceType();
  while (!T.isNull() && T->isPointerType())
    T = T->getPointeeType();
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return RD && matchesAny(Types, qualifiedName(RD));
}

/// Whether the handler holds an object of one of \p Types: a parameter, a
/// lambda capture, or a member of the class whose method it is.
bool handlerHolds(const FunctionDecl *Handler, const LambdaExpr *Lambda,
                  const std::vector<Glob> &Types) {
  if (Types.empty())
    return false;
  for (const ParmVarDecl *P : Handler->parameters())
    if (typeIsOneOf(P->getType(), Types))
      return true;
  if (Lambda)
    for (const LambdaCapture &C : Lambda->captures())
      if (C.capturesVariable() &&
          typeIsOneOf(C.getCapturedVar()->getType(), Types))
        return true;
  if (const auto *M = dyn_cast<CXXMethodDecl>(Handler); M && !Lambda)
    for (const FieldDecl *F : M->getParent()->fields())
      if (typeIsOneOf(F->getType(), Types))
        return true;
  return false;
}

/// The namespaces, linkage specs and classes declared in \p DC, in order.
/// On a PCH (index/SharedPreamble) only those are deserialized, not the
/// rest of a whole program's headers; without one this is DC->decls().
llvm::SmallVector<const Decl *, 32> scopesAndClassesIn(const DeclContext *DC) {
  llvm::SmallVector<const Decl *, 32> Out;
  ExternalASTSource *Source = DC->getParentASTContext().getExternalSource();
  if (!Source || !DC->hasExternalLexicalStorage()) {
    for (const Decl *D : DC->decls())
      Out.push_back(D);
    return Out;
  }
  auto Wanted = [](Decl::Kind K) {
    return K == Decl::Namespace || K == Decl::LinkageSpec ||
           (K >= Decl::firstCXXRecord && K <= Decl::lastCXXRecord);
  };
  // What the PCH holds comes first, as DeclContext::decls() splices it in.
  llvm::SmallVector<Decl *, 32> External;
  Source->FindExternalLexicalDecls(DC, Wanted, External);
  Out.append(External.begin(), External.end());
  for (const Decl *D : DC->noload_decls())
    if (Wanted(D->getKind()))
      Out.push_back(D);
  return Out;
}

} // namespace

void SummaryBuilder::collectOverriders(const DeclContext *DC, bool ProjectOnly) {
  if (!ProjectOnly && !OverriderScopesWalked.insert(DC).second)
    return;
  for (const Decl *D : scopesAndClassesIn(DC)) {
    if (ProjectOnly && !isProjectDecl(D))
      continue;
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      collectOverriders(NS, ProjectOnly);
    } else if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
      collectOverriders(LS, ProjectOnly);
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D);
               RD && RD->isThisDeclarationADefinition() &&
               !RD->isDependentContext()) {
      for (const CXXMethodDecl *M : RD->methods())
        if (OverridersSeen.insert(M).second)
          for (const CXXMethodDecl *O : M->overridden_methods())
            Overriders[O->getCanonicalDecl()].push_back(M);
      collectOverriders(RD, ProjectOnly);
    }
  }
}

namespace {

/// Where a third-party interface's generated implementations are declared:
/// beside it, in the outermost class around it (gRPC's `Foo::Stub` and
/// `Foo::Stub::async` next to `Foo::StubInterface`) and in the namespace
/// block that holds that class (Thrift's `FooClient` next to `FooIf`).
/// Walking only there, not every namespace of every header, keeps a
/// clangd rebuild from deserializing the whole preamble (docs/performance.md).
const DeclContext *interfaceScope(const CXXRecordDecl *Interface) {
  const DeclContext *Scope = Interface;
  while (isa<CXXRecordDecl>(Scope->getLexicalParent()))
    Scope = Scope->getLexicalParent();
  if (isa<NamespaceDecl>(Scope->getLexicalParent()))
    Scope = Scope->getLexicalParent();
  return Scope;
}

} // namespace

const CXXMethodDecl *
SummaryBuilder::implementationCalled(const CallInfo &Call,
                                     llvm::SmallVectorImpl<const Rule *> &Rules) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(Call.E);
  const auto *M = MC ? MC->getMethodDecl() : nullptr;
  // An interface's method: pure, as gRPC's StubInterface and Thrift's FooIf
  // declare theirs (a protobuf message's virtuals are not looked into).
  if (!M || !M->isPureVirtual() || isProjectDecl(M))
    return nullptr;
  // The project's own implementations anywhere in the TU (they make the
  // call possibly local), the generated ones beside the interface.
  if (!ProjectOverridersCollected) {
    ProjectOverridersCollected = true;
    collectOverriders(Ctx.getTranslationUnitDecl(), /*ProjectOnly=*/true);
  }
  collectOverriders(interfaceScope(M->getParent()), /*ProjectOnly=*/false);
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

void SummaryBuilder::handleEntryRegistration(const Rule &R,
                                             const CallInfo &Call) {
  std::string Service = R.ServiceName;
  if (R.ServiceFromIdl)
    if (const auto *M = dyn_cast<CXXMethodDecl>(Call.Callee))
      Service = idlServiceName(M->getParent());
  std::string Via = R.RouteArg && R.RouteCall.empty()
                        ? stringValue(Call.arg(R.RouteArg)).value_or("")
                    : R.ServiceFromIdl ? idlMethodName(Call.Callee->getName())
                                       : "";
  std::string ChainVerbs;
  if (!R.RouteCall.empty())
    routeFromChain(R, Call, Via, ChainVerbs);
  // A subscription names its topics on another object: the partition list
  // that a target-setter filled (rd_kafka_subscribe(rk, topics)).
  if (Via.empty() && R.Object)
    Via = Facts.targetOf(objectDecl(Call.operand(R.Object)));
  // Or on the call that made the receiver: channel.consume(queue).onReceived.
  if (Via.empty() && R.TopicReceiverArg && Call.Receiver)
    if (const auto *Made = dyn_cast<CallExpr>(strip(Call.Receiver));
        Made && *R.TopicReceiverArg < Made->getNumArgs())
      Via = stringValue(Made->getArg(*R.TopicReceiverArg)).value_or("");
  // Route registrations named after the HTTP method (Get, Post...) say so.
  std::string Verb = llvm::StringRef(Call.Callee->getNameAsString()).upper();
  if (R.MethodArg) // or listed in an argument: Drogon's {Get, Post}
    Verb = httpVerbsIn(Call.arg(R.MethodArg));
  if (!R.RouteCall.empty()) // or in the chain: Crow's .methods(Post)
    Verb = ChainVerbs;
  if (R.RouteArg && !Verb.empty() &&
      llvm::all_of(llvm::split(Verb, ','), [](llvm::StringRef V) {
        return llvm::is_contained(HttpVerbs, V);
      }))
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
  // co_spawn(io, Listen(std::move(acceptor)), detached) in main: the accept
  // loop runs on the loop, but serves no request; the sessions it spawns do.
  if (handlerHolds(Handler, Lambda, R.UnlessHandlerHolds))
    return;
  addEntry(R, Handler, Lambda ? Lambda->getBeginLoc() : Arg->getBeginLoc(),
           Service, Via.empty() ? displayName(Handler) : Via);
}

void SummaryBuilder::handlePublish(const Rule &R, const CallInfo &Call) {
  Site &S =
      addSite(SiteKind::Publish, R, Call.E->getBeginLoc(), Frames.back().Usr);
  S.Callee = qualifiedName(Call.Callee);
  S.Via = stringValue(Call.arg(R.TopicArg)).value_or("");
  if (S.Via.empty() && R.TopicFallbackArg)
    S.Via = stringValue(Call.arg(R.TopicFallbackArg)).value_or("");
  if (R.TopicWord) // Redis "PUBLISH orders %s": the channel is word 1
    S.Via = commandWord(S.Via, *R.TopicWord).str();
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
    // "BEGIN; UPDATE ...; COMMIT": a write when any statement writes.
    Write = llvm::any_of(sqlStatements(Text), [](llvm::StringRef Statement) {
      return llvm::is_contained(SqlWriteVerbs, sqlVerb(Statement));
    });
    if (!Sql)
      Write = false; // unknown SQL: do not invent a write
    if (Sql)
      Via = Text.take_until([](char C) { return C == '\n'; }).str();
  }
  if (R.DataAccess == Rule::Access::FromVerb) {
    std::string Verb = commandWord(SqlText).upper();
    Write = std::find(R.WriteVerbs.begin(), R.WriteVerbs.end(), Verb) !=
            R.WriteVerbs.end();
    if (Sql)
      Via = commandWord(SqlText).str();
  }
  Facts.addDatastoreCall(Out.Sites.size(),
                         objectDecl(Call.operand(R.Context)));
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
      S.Service = idlServiceName(rootDeclaration(M)->getParent());
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
  recordDeadlineFixAnchors(S, Call, Current.FD, Context);
  return true;
}

void SummaryBuilder::handleInProcessHandoff(const Rule &R,
                                            const CallInfo &Call) {
  Site &S = addSite(SiteKind::InProcessHandoff, R, Call.E->getBeginLoc(),
                    Frames.back().Usr);
  S.Callee = qualifiedName(Call.Callee);
  // The channel as the project names it (std::queue), not the base class
  // that declares the method (Asio's detail::channel_send_functions).
  QualType Receiver = receiverObjectType(Call);
  const CXXRecordDecl *Channel =
      Receiver.isNull() ? nullptr : Receiver->getAsCXXRecordDecl();
  if (!Channel)
    if (const auto *M = dyn_cast<CXXMethodDecl>(Call.Callee))
      Channel = M->getParent();
  S.Via = Channel ? qualifiedName(Channel) : S.Callee;
  // The job itself (a callable pushed to a job queue) runs later on a
  // worker, not while the request waits.
  const LambdaExpr *Lambda = nullptr;
  const Expr *Job = Call.arg(R.HandlerArg);
  // A call builds the item now (`q.push(MakeJob(req))`): not the job.
  if (R.HandlerArg && !isa_and_nonnull<CallExpr>(strip(Job)) &&
      callableOf(Job, &Lambda))
    deferCallable(Job, Lambda);
}

void SummaryBuilder::handleScheduledCallback(const Rule &R,
                                             const CallInfo &Call) {
  const LambdaExpr *Lambda = nullptr;
  const Expr *Callback = Call.arg(R.HandlerArg);
  if (!callableOf(Callback, &Lambda))
    return;
  // A completion that captures the registering function's variables (the
  // response, the reply callback, the request) can finish that request: it
  // stays on its path. One that holds none of them runs on its own.
  if (Lambda && llvm::any_of(Lambda->captures(), [](const LambdaCapture &C) {
        return C.capturesVariable();
      }))
    return;
  deferCallable(Callback, Lambda);
}

} // namespace decouple
