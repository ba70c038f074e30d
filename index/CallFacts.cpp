//===- CallFacts.cpp ------------------------------------------------------===//
#include "index/CallFacts.h"
#include "index/AstHelpers.h"
#include "index/Extractor.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

#include <cmath>

using namespace clang;

namespace decouple {

void CallFacts::noteLocalVar(const VarDecl *V) {
  CurrentVar = V;
  CurrentVarInit = V->getInit();
}

namespace {

/// The project function whose result \p E is: `ChargeAsync(...)`, or a
/// variable it initialised (`auto f = ChargeAsync(...)`).
const FunctionDecl *resultOf(const Expr *E) {
  E = strip(E);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()); V && V->getInit())
      E = strip(V->getInit());
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  return FD && FD->hasBody() ? FD->getCanonicalDecl() : nullptr;
}

/// The function a lambda's body belongs to, through nested lambdas.
const FunctionDecl *enclosingFunction(const FunctionDecl *FD) {
  while (const auto *M = dyn_cast_or_null<CXXMethodDecl>(FD)) {
    if (!M->getParent()->isLambda())
      break;
    FD = dyn_cast<FunctionDecl>(M->getParent()->getDeclContext());
  }
  return FD ? FD->getCanonicalDecl() : nullptr;
}

} // namespace

void CallFacts::noteAwaited(const Expr *Operand) {
  const Expr *E = strip(Operand);
  AwaitedExprs.insert(E);
  if (const Decl *D = objectDecl(E))
    AwaitedVars.insert(D);
  if (const FunctionDecl *Bridge = resultOf(E))
    AwaitedBridges.insert(Bridge);
}

void CallFacts::noteAddressTaken(const DeclRefExpr *E) {
  AddressTaken.insert(E);
}

void CallFacts::noteReference(const DeclRefExpr *E) {
  // `auto [status, resp] = call(...)`: a binding's use reads the variable
  // the call initialised.
  const Decl *D = E->getDecl();
  if (const auto *B = dyn_cast<BindingDecl>(D); B && B->getDecomposedDecl())
    D = B->getDecomposedDecl();
  if (auto It = Interested.find(D);
      It != Interested.end() && !AddressTaken.contains(E))
    It->second.push_back(E->getLocation());
}

void CallFacts::notePassed(const CallInfo &Call, const FunctionDecl *Caller) {
  for (unsigned I = 0; I < Call.Args.size(); ++I)
    if (const Decl *Obj = objectDecl(Call.Args[I])) {
      Passed[{Call.Callee->getCanonicalDecl(), I}].push_back(Obj);
      Passes.push_back({Caller, Call.Callee->getCanonicalDecl(), I, Obj});
    }
}

void CallFacts::record(const Rule &R, const CallInfo &Call,
                       const FunctionDecl *Caller) {
  switch (R.Kind) {
  case Role::DeadlineSetter:
    if (const Decl *Obj = operandDecl(Call, R.Object, Caller))
      Deadlines[Obj] = classifyDeadline(Call.arg(R.ValueArg), R);
    else if (R.Object.K == Operand::Receiver)
      ChainDeadlines[Call.E] = classifyDeadline(Call.arg(R.ValueArg), R);
    break;
  case Role::TargetSetter:
    if (const Decl *Obj = operandDecl(Call, R.Object, Caller)) {
      if (R.ValueArg || (R.Method.empty() && !R.MethodArg && !R.PathArg))
        Targets[Obj] =
            hostOfUrl(stringValue(Call.arg(R.ValueArg)).value_or(""));
      recordRequestLine(R, Call, Obj);
    } else if (R.Object.K == Operand::Receiver) {
      ChainTargets[Call.E] =
          hostOfUrl(stringValue(Call.arg(R.ValueArg)).value_or(""));
    }
    break;
  case Role::DatastoreOpen:
    if (const Decl *Obj = operandDecl(Call, R.Object, Caller))
      if (auto Name = configuredName(Call.arg(R.ValueArg)); Name && !Name->empty())
        StoreNames[Obj] = R.Store + ":" + *Name;
    break;
  case Role::ObjectKind:
    if (const Decl *Obj = operandDecl(Call, R.Object, Caller)) {
      Kinds[Obj] = R.ObjectKindName;
      KindTaggedIn[Obj] = Caller;
    }
    break;
  case Role::Join:
    // The end: `client.request(...).get()` waits after the call it ends.
    Joins[Caller].push_back(Call.E->getEndLoc());
    // `co_await done.awaitable()`: the coroutine waits, it does not block.
    if (AwaitedExprs.contains(strip(Call.E)))
      AwaitedJoins[Caller].push_back(Call.E->getEndLoc());
    // `ChargeAsync(...).get()`: waits for what the helper started.
    if (const FunctionDecl *Bridge =
            resultOf(Call.Receiver ? Call.Receiver : Call.arg(0)))
      (AwaitedExprs.contains(strip(Call.E)) ? AwaitedBridges : JoinedBridges)
          .insert(Bridge);
    if (const Decl *Obj =
            objectDecl(Call.Receiver ? Call.Receiver : Call.arg(0)))
      JoinedVars.insert(Obj);
    // `client.request(...).then(f).get()`, `t.wait()`: the tasks waited on.
    {
      llvm::SmallPtrSet<const Expr *, 8> Sources;
      valueSources(Call.Receiver ? Call.Receiver : Call.arg(0), Sources);
      JoinedSources.insert(Sources.begin(), Sources.end());
    }
    break;
  default:
    break;
  }
}

namespace {

const llvm::StringRef HttpVerbs[] = {
#define HTTP_VERB(Verb) Verb,
#include "index/FrameworkVocabulary.def"
};

/// An HTTP method passed as a string ("PUT") or an enumerator
/// (http::verb::post); "" for anything else (http::status::ok).
std::string httpMethodOf(const Expr *E) {
  std::string M;
  if (auto S = stringValue(E))
    M = *S;
  else if (const auto *D = dyn_cast_or_null<DeclRefExpr>(strip(E)))
    if (const auto *C = dyn_cast<EnumConstantDecl>(D->getDecl()))
      M = C->getName().str();
  M = llvm::StringRef(M).upper();
  return llvm::is_contained(HttpVerbs, M) ? M : "";
}

} // namespace

void CallFacts::recordRequestLine(const Rule &R, const CallInfo &Call,
                                  const Decl *Obj) {
  std::string Path;
  if (R.ValueArg)
    Path = pathOfUrl(stringValue(Call.arg(R.ValueArg)).value_or(""));
  if (R.PathArg)
    if (auto P = stringValue(Call.arg(R.PathArg)))
      Path = llvm::StringRef(*P).take_until([](char C) { return C == '?'; });
  std::string Method = R.MethodArg ? httpMethodOf(Call.arg(R.MethodArg)) : "";
  if (Path.empty() && Method.empty() && R.Method.empty())
    return;
  RequestLine &L = Requests[Obj];
  if (!Path.empty())
    L.Path = Path;
  if (!Method.empty()) {
    L.Method = Method;
    L.MethodGiven = true;
  } else if (!R.Method.empty() && !L.MethodGiven) {
    L.Method = R.Method;
  }
}

std::string CallFacts::requestLineOf(const Decl *Context,
                                     const Decl *Request) const {
  RequestLine L;
  for (const Decl *D : {Context, Request}) {
    auto It = D ? Requests.find(D) : Requests.end();
    if (It == Requests.end())
      continue;
    if (!It->second.Path.empty())
      L.Path = It->second.Path;
    if (!It->second.Method.empty() && (!L.MethodGiven || It->second.MethodGiven))
      L = {It->second.Method, L.Path, It->second.MethodGiven};
  }
  if (L.Path.empty())
    return "";
  return L.Method.empty() ? L.Path : L.Method + " " + L.Path;
}

ParentMap &CallFacts::parentMapFor(const FunctionDecl *FD) {
  std::unique_ptr<ParentMap> &PM = ParentMaps[FD->getBody()];
  if (!PM)
    PM = std::make_unique<ParentMap>(FD->getBody());
  return *PM;
}

const Decl *CallFacts::operandDecl(const CallInfo &Call, const Operand &O,
                                   const FunctionDecl *Caller) {
  if (O.K != Operand::Result)
    return objectDecl(Call.operand(O));
  // `zmq::socket_t s(ctx, type)`: the construction is the variable's init.
  if (isa<CXXConstructExpr>(Call.E) && CurrentVar && CurrentVarInit &&
      strip(CurrentVarInit) == strip(Call.E))
    return CurrentVar;
  const VarDecl *Stored = nullptr;
  returnDiscarded(Call.E, parentMapFor(Caller), Stored);
  return Stored;
}

/// Whether parameter \p Index of \p FD can carry a result out.
static bool isWritableParam(const FunctionDecl *FD, unsigned Index) {
  if (!FD || Index >= FD->getNumParams())
    return true; // variadic or unknown: as the rule says
  QualType T = FD->getParamDecl(Index)->getType();
  QualType Pointee = T->isReferenceType() ? T.getNonReferenceType()
                     : T->isPointerType() ? T->getPointeeType()
                                          : QualType();
  return !Pointee.isNull() && !Pointee.isConstQualified();
}

void CallFacts::addRemoteCall(Site &S, size_t SiteIndex, const Rule &R,
                              const CallInfo &Call, const FunctionDecl *Caller,
                              const Decl *Context) {
  if (const Expr *Timeout = Call.arg(R.DeadlineArg))
    CallDeadlines[Call.E] = classifyDeadline(Timeout, R); // read in resolve()
  if (R.Style == CallStyle::Blocking)
    S.Mode = CallMode::Sync;
  else if (AwaitedExprs.contains(strip(Call.E)))
    S.Mode = CallMode::Awaited;
  else
    S.Mode = CallMode::AsyncDetached; // refined in resolve()
  if (S.Mode == CallMode::Sync || S.Mode == CallMode::Awaited) {
    S.CallText = sourceText(Call.E, Ctx);
    S.RequestText = sourceText(Call.arg(R.RequestArg), Ctx);
  }

  PendingRemote P{SiteIndex, &R,      Call.E,  Caller, Context,
                  objectDecl(Call.arg(R.RequestArg)), nullptr, nullptr, false};
  P.ReturnDiscarded = returnDiscarded(Call.E, parentMapFor(Caller), P.StoredIn);
  // An out-parameter is writable: a `const T&` or `const T*` in its place
  // is an input (Thrift's `void refund(const std::string& id)`), and the
  // call brings nothing back.
  if (R.ResponseArg && isWritableParam(Call.Callee, *R.ResponseArg))
    P.Response = objectDecl(Call.arg(R.ResponseArg));
  for (const Decl *D : {static_cast<const Decl *>(P.StoredIn), P.Response})
    if (D)
      Interested.try_emplace(D);
  Pending.push_back(P);
}

bool CallFacts::readAfter(const Decl *D, SourceLocation After) {
  return firstReadAfter(D, After).isValid();
}

SourceLocation CallFacts::firstReadAfter(const Decl *D, SourceLocation After) {
  SourceLocation First;
  auto It = Interested.find(D);
  if (It == Interested.end())
    return First;
  const SourceManager &SM = Ctx.getSourceManager();
  for (SourceLocation L : It->second)
    if (SM.isBeforeInTranslationUnit(After, L) &&
        (First.isInvalid() || SM.isBeforeInTranslationUnit(L, First)))
      First = L;
  return First;
}

SourceLocation CallFacts::responseRead(const PendingRemote &P) {
  SourceLocation End = P.Call->getEndLoc();
  if (P.R->ResponseArg) // the call returns a status; the response is an
    return P.Response ? firstReadAfter(P.Response, End) : SourceLocation();
  if (P.StoredIn)
    return firstReadAfter(P.StoredIn, End);
  // `client.Get(url)->body`: the returned response is used right there.
  return P.ReturnDiscarded ? SourceLocation() : End;
}

/// The context is a parameter: look at what the callers in this TU pass.
/// Missing only if every caller passes an object without a deadline;
/// unknown if no caller is visible here.
CallMode CallFacts::bridgedMode(const FunctionDecl *Function) const {
  // A helper that starts the call and hands back a future or an awaitable
  // (a promise set in the callback, asio::async_initiate): its callers'
  // wait is the call's.
  // A coroutine's own detached calls are not what its awaiter waits for.
  const FunctionDecl *Helper = enclosingFunction(Function);
  if (!Helper || Helper->getReturnType()->isVoidType() ||
      isa_and_nonnull<CoroutineBodyStmt>(Helper->getBody()))
    return CallMode::AsyncDetached;
  if (AwaitedBridges.contains(Helper))
    return CallMode::Awaited;
  if (JoinedBridges.contains(Helper))
    return CallMode::AsyncJoined;
  return CallMode::AsyncDetached;
}

bool CallFacts::followReceiverChain(Site &S, const Expr *Call) {
  // `client.CreateRequest().get(url).timeout(ms).perform()`: each setter
  // returns the request, so target and deadline were set on the temporaries
  // the call's receiver passes through, not on a variable.
  const auto *MC = dyn_cast<CXXMemberCallExpr>(strip(Call));
  bool Found = false, HasDeadline = false;
  for (const Expr *E = MC ? strip(MC->getImplicitObjectArgument()) : nullptr;
       const auto *Setter = dyn_cast_or_null<CXXMemberCallExpr>(E);
       E = strip(Setter->getImplicitObjectArgument())) {
    // The setter nearest the call wins, as a later call overrides.
    if (auto T = ChainTargets.find(Setter); T != ChainTargets.end()) {
      Found = true;
      if (S.Service.empty() && !T->second.empty())
        S.Service = S.Via = T->second;
    }
    if (auto D = ChainDeadlines.find(Setter);
        D != ChainDeadlines.end() && !HasDeadline) {
      Found = HasDeadline = true;
      S.Deadline = D->second.Kind;
      S.DeadlineMs = D->second.Ms;
      S.ReusedDeadline = D->second.SetOnce;
    }
  }
  // A chain that names its target but sets no timeout has none.
  if (Found && !HasDeadline)
    S.Deadline = DeadlineKind::Missing;
  return Found;
}

void CallFacts::resolve(
    std::vector<Site> &Sites, std::vector<DeadlineFlow> &Flows,
    llvm::function_ref<std::string(const FunctionDecl *)> UsrOf,
    llvm::function_ref<Location(SourceLocation)> LocOf) {
  followDeadlineHelpers();
  for (const PendingRemote &P : Pending) {
    Site &S = Sites[P.SiteIndex];
    SourceLocation End = P.Call->getEndLoc();
    settleMode(S, P);
    bool ResultRead = (!P.ReturnDiscarded && !P.StoredIn) ||
                      isa_and_nonnull<ParmVarDecl>(P.Response) ||
                      (P.StoredIn && readAfter(P.StoredIn, End)) ||
                      (P.Response && readAfter(P.Response, End)) ||
                      statusCaught(P.Call, Ctx);
    S.ResultUsed = ResultRead;
    if (SourceLocation Read = responseRead(P); Read.isValid())
      S.ResponseReadAt = LocOf(Read);
    // The target is the context's, wherever the deadline came from.
    if (S.Service.empty() && P.Context)
      if (auto T = Targets.find(P.Context);
          T != Targets.end() && !T->second.empty()) {
        S.Service = S.Via = T->second;
        // "POST /v1/score": what the handle or the request object says.
        if (std::string Line = requestLineOf(P.Context, P.Request);
            !Line.empty())
          S.Via = Line.front() == '/' ? S.Service + Line : Line;
      }
    bool FromChain = !P.Context && P.R->Context.K == Operand::Receiver &&
                     followReceiverChain(S, P.Call);
    if (auto It = CallDeadlines.find(P.Call); It != CallDeadlines.end()) {
      S.Deadline = It->second.Kind; // the timeout came with the call
      S.DeadlineMs = It->second.Ms;
      S.ReusedDeadline = It->second.SetOnce;
    } else if (FromChain) {
      // Settled by followReceiverChain.
    } else if (!P.R->Context) {
      S.Deadline = Matcher.setsTransportTimeouts(P.R->Protocol)
                       ? DeadlineKind::OnTransport
                       : DeadlineKind::Unknown;
    } else if (P.Context) {
      auto It = Deadlines.find(P.Context);
      if (It != Deadlines.end()) {
        S.Deadline = It->second.Kind;
        S.DeadlineMs = It->second.Ms;
        // One context for every call, its deadline set once: it expires.
        S.ReusedDeadline = It->second.SetOnce ||
                           (It->second.Absolute && isLongLived(P.Context));
      } else if (const auto *Param = dyn_cast<ParmVarDecl>(P.Context)) {
        followParameter(S, Param);
      }
    } else {
      S.Deadline = DeadlineKind::Unknown;
    }
  }
  emitDeadlineFlows(Sites, Flows, UsrOf);
}

} // namespace decouple
