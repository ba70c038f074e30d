//===- CallFacts.h - What calls say about remote calls ----------*- C++ -*-===//
//
// A remote call's deadline, target, mode and whether its result is read are
// rarely at the call: a deadline is set on the context two lines up (or by a
// caller that passes the context in), a future is joined at the end of the
// function, the response variable is read later. CallFacts gathers these
// facts while the SummaryBuilder walks the TU and settles each remote call's
// site at the end, when every fact is in.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_CALLFACTS_H
#define DECOUPLE_INDEX_CALLFACTS_H

#include "index/RuleMatcher.h"
#include "index/TuSummary.h"

#include "clang/AST/ParentMap.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace clang {
class ASTContext;
class DeclRefExpr;
class FieldDecl;
class ParmVarDecl;
class VarDecl;
} // namespace clang

namespace decouple {

struct DeadlineInfo {
  DeadlineKind Kind = DeadlineKind::Missing;
  int64_t Ms = -1;
  bool Absolute = false; // a point in time (std::chrono::time_point)
  bool SetOnce = false;  // ...read from a global, a static or a member
};

class CallFacts {
public:
  CallFacts(clang::ASTContext &Ctx, RuleMatcher &Matcher)
      : Ctx(Ctx), Matcher(Matcher) {}

  // --- facts met during the traversal -------------------------------------

  /// A local variable whose initialiser is visited next.
  void noteLocalVar(const clang::VarDecl *V);
  /// The operand of a co_await.
  void noteAwaited(const clang::Expr *Operand);
  /// A request handler: the framework waits for the task it returns, and a
  /// void handler answers when it replies, perhaps in a continuation.
  void noteEntry(const clang::FunctionDecl *Handler) {
    EntryHandlers.insert(Handler->getCanonicalDecl());
  }
  /// The value \p Function returns: a task made of a call's is handed back.
  void noteReturned(const clang::Expr *Value,
                    const clang::FunctionDecl *Function);
  /// `&resp` handed to another call is an out-parameter, not a read.
  void noteAddressTaken(const clang::DeclRefExpr *E);
  /// A use of a declaration: a read if it holds a remote call's result.
  void noteReference(const clang::DeclRefExpr *E);
  /// A call to a project function: a handle's deadline or URL set here may
  /// be what a remote call inside the callee uses.
  void notePassed(const CallInfo &Call, const clang::FunctionDecl *Caller);

  /// Records what a deadline-setter, target-setter, object-kind or join rule
  /// says about the call it matched in \p Caller.
  void record(const Rule &R, const CallInfo &Call,
              const clang::FunctionDecl *Caller);

  /// Before the walk: the kinds objects are created with (a local's or
  /// global's initialiser, a member's default or mem-initializer), followed
  /// into the parameters the TU's calls pass them to (CallFactsKinds.cpp).
  void seedObjectKinds(llvm::function_ref<bool(const clang::Decl *)> IsProject);
  /// Whether the rule's kind requirement holds for its context object.
  bool kindHolds(const Rule &R, const CallInfo &Call,
                 const clang::FunctionDecl *Caller);
  /// Whether a target-setter named what \p Object talks to.
  bool hasTarget(const clang::Decl *Object) const {
    return Object && Targets.count(Object);
  }
  /// What a target-setter named for \p Object (a host, or a topic for a
  /// Kafka partition list), or "".
  std::string targetOf(const clang::Decl *Object) const {
    auto It = Object ? Targets.find(Object) : Targets.end();
    return It == Targets.end() ? "" : It->second;
  }

  /// The remote call \p R matched, whose site is Sites[\p SiteIndex]: sets
  /// what the call itself shows (mode, source text) and keeps the rest for
  /// resolve(). \p Context is the object carrying deadline and target.
  void addRemoteCall(Site &S, size_t SiteIndex, const Rule &R,
                     const CallInfo &Call, const clang::FunctionDecl *Caller,
                     const clang::Decl *Context);

  /// A member initialised from a constructor parameter (`db_(db)`).
  void noteFieldInit(const clang::FieldDecl *Field,
                     const clang::ParmVarDecl *Param);
  /// Datastore site Sites[\p SiteIndex] works on \p Handle.
  void addDatastoreCall(size_t SiteIndex, const clang::Decl *Handle) {
    if (Handle)
      StoreSites.push_back({SiteIndex, Handle});
  }

  /// The parent map of \p FD's body, built once.
  clang::ParentMap &parentMapFor(const clang::FunctionDecl *FD);

  // --- at the end of the TU -------------------------------------------------

  /// Names each datastore site's store after its handle's open call, and
  /// appends the store-name flows the link step follows across TUs.
  void resolveStoreNames(
      std::vector<Site> &Sites, std::vector<StoreNameFlow> &Flows,
      llvm::function_ref<std::string(const clang::FunctionDecl *)> UsrOf);

  /// Settles each remote call's mode, deadline, target and result use, and
  /// appends the deadline flows the link step follows across TUs (\p UsrOf
  /// names a function, \p LocOf places a source location).
  void resolve(std::vector<Site> &Sites, std::vector<DeadlineFlow> &Flows,
               llvm::function_ref<std::string(const clang::FunctionDecl *)>
                   UsrOf,
               llvm::function_ref<Location(clang::SourceLocation)> LocOf);

private:
  struct PendingRemote {
    size_t SiteIndex;
    const Rule *R;
    const clang::Expr *Call;
    const clang::FunctionDecl *Function;
    const clang::Decl *Context;     // object that carries deadline/target
    const clang::Decl *Request;     // the request object (request_arg)
    const clang::VarDecl *StoredIn; // variable receiving the result, if any
    const clang::Decl *Response;    // out-parameter holding the response
    bool ReturnDiscarded;
  };

  clang::ASTContext &Ctx;
  RuleMatcher &Matcher;

  llvm::DenseSet<const clang::Expr *> AwaitedExprs, AddressTaken;
  llvm::DenseSet<const clang::Decl *> AwaitedVars, JoinedVars;
  // Calls whose task (or a continuation of it) a join waits on, and calls
  // whose task a function returns, with that function (valueSources).
  llvm::DenseSet<const clang::Expr *> JoinedSources;
  llvm::DenseMap<const clang::Expr *, const clang::FunctionDecl *>
      ReturnedSources;
  llvm::DenseSet<const clang::FunctionDecl *> EntryHandlers; // canonical
  // Project functions whose returned future or awaitable a caller joins or
  // co_awaits (canonical declarations).
  llvm::DenseSet<const clang::FunctionDecl *> AwaitedBridges, JoinedBridges;
  llvm::DenseMap<const clang::FunctionDecl *,
                 std::vector<clang::SourceLocation>>
      Joins, AwaitedJoins; // AwaitedJoins: joins inside a co_await
  llvm::DenseMap<const clang::Decl *, DeadlineInfo> Deadlines;
  llvm::DenseMap<const clang::Expr *, DeadlineInfo>
      CallDeadlines; // deadline_arg
  llvm::DenseMap<const clang::Decl *, std::string> Targets, Kinds;
  // Setters called on a temporary in a builder chain, by their call.
  llvm::DenseMap<const clang::Expr *, DeadlineInfo> ChainDeadlines;
  llvm::DenseMap<const clang::Expr *, std::string> ChainTargets;
  /// What an object's requests send: a curl handle's CURLOPT_URL path and
  /// CURLOPT_POSTFIELDS, a Beast request's verb and target.
  struct RequestLine {
    std::string Method, Path;
    bool MethodGiven = false; // by value (method_arg): constants yield
  };
  llvm::DenseMap<const clang::Decl *, RequestLine> Requests;
  void recordRequestLine(const Rule &R, const CallInfo &Call,
                         const clang::Decl *Obj);
  /// "POST /v1/score" from the request lines of the call's context and
  /// request objects; "" when no path is known.
  std::string requestLineOf(const clang::Decl *Context,
                            const clang::Decl *Request) const;
  /// The kind an object-kind rule gives what \p Init creates, if any.
  std::optional<std::string> createdKind(const clang::Expr *Init);
  /// Adds \p Kind to \p Obj's; two kinds make it none (""). Whether it
  /// changed.
  bool mergeKind(const clang::Decl *Obj, llvm::StringRef Kind);
  // Which function tagged each object (unless_kind: "opened here").
  llvm::DenseMap<const clang::Decl *, const clang::FunctionDecl *> KindTaggedIn;
  // (callee, parameter index) -> the objects callers pass there.
  std::map<std::pair<const clang::FunctionDecl *, unsigned>,
           std::vector<const clang::Decl *>>
      Passed;
  struct Pass {
    const clang::FunctionDecl *Caller, *Callee; // canonical callee
    unsigned Index;
    const clang::Decl *Object;
  };
  std::vector<Pass> Passes; // every entry of Passed, with its caller
  // Datastore handles: the store an open call named ("sqlite:orders.db"),
  // members initialised from parameters, and the sites using a handle.
  llvm::DenseMap<const clang::Decl *, std::string> StoreNames;
  llvm::DenseMap<const clang::FieldDecl *, const clang::ParmVarDecl *>
      FieldFrom;
  std::vector<std::pair<size_t, const clang::Decl *>> StoreSites;
  std::string storeNameOf(const clang::Decl *Handle, unsigned Depth) const;
  const clang::VarDecl *CurrentVar = nullptr; // the local being initialised
  const clang::Expr *CurrentVarInit = nullptr;
  // Declarations holding a result or response -> where they are used.
  llvm::DenseMap<const clang::Decl *, std::vector<clang::SourceLocation>>
      Interested;
  std::vector<PendingRemote> Pending;
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<clang::ParentMap>>
      ParentMaps;

  DeadlineInfo classifyDeadline(const clang::Expr *Value, const Rule &Setter);
  const clang::Decl *operandDecl(const CallInfo &Call, const Operand &O,
                                 const clang::FunctionDecl *Caller);
  bool readAfter(const clang::Decl *D, clang::SourceLocation After);
  /// The first use of \p D after \p After; invalid if there is none.
  clang::SourceLocation firstReadAfter(const clang::Decl *D,
                                       clang::SourceLocation After);
  /// Where the call's response (not its status) is first read: the
  /// response argument, or else the returned value. Invalid if never.
  clang::SourceLocation responseRead(const PendingRemote &P);
  void followParameter(Site &S, const clang::ParmVarDecl *Param);
  /// Target and deadline set by setters on the call's receiver chain
  /// (`CreateRequest().get(url).timeout(ms).perform()`); false if none.
  bool followReceiverChain(Site &S, const clang::Expr *Call);
  /// Settles whether the handler waits for a non-blocking call: co_awaited,
  /// joined, returned to the framework, answered from, or none of these.
  void settleMode(Site &S, const PendingRemote &P);
  /// A void handler replies from a continuation of the call (`.then(...)`
  /// given a lambda capturing the handler's request): the request waits.
  bool answeredFromContinuation(const PendingRemote &P);
  /// Awaited or joined when a call started in \p Function (or a lambda in
  /// it) is handed back to callers that wait; else async-detached.
  CallMode bridgedMode(const clang::FunctionDecl *Function) const;
  /// Deadlines a helper sets on its parameter go to what callers pass.
  void followDeadlineHelpers();
  /// What the link step needs to follow deadlines into other TUs.
  void emitDeadlineFlows(
      const std::vector<Site> &Sites, std::vector<DeadlineFlow> &Flows,
      llvm::function_ref<std::string(const clang::FunctionDecl *)> UsrOf);
};

} // namespace decouple

#endif
