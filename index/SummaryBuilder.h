//===- SummaryBuilder.h - Walks one TU's AST into a TuSummary ---*- C++ -*-===//
//
// The collector of the extractor, as clangd's SymbolCollector is of its
// index: it visits the project's function bodies, records every function and
// the edges between them, and hands each call the rules match to its role:
// entry points, remote calls, publishes, datastore calls, blocking calls and
// in-process hand-offs become sites; deadline, target, kind and join facts go to CallFacts, which
// settles the remote calls at the end of the TU.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SUMMARYBUILDER_H
#define DECOUPLE_INDEX_SUMMARYBUILDER_H

#include "index/CallFacts.h"
#include "index/ExtractAction.h"
#include "index/Extractor.h"
#include "index/RuleMatcher.h"
#include "index/TuSummary.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace decouple {

class SummaryBuilder : public clang::RecursiveASTVisitor<SummaryBuilder> {
  using Base = clang::RecursiveASTVisitor<SummaryBuilder>;

public:
  SummaryBuilder(clang::ASTContext &Ctx, const RuleSet &Rules,
                 const ExtractOptions &Options)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Matcher(Rules), Options(Options),
        Files(SM, Options), Facts(Ctx, Matcher) {}

  /// Walks the TU; call once.
  TuSummary run();

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(clang::Decl *D);
  bool TraverseLambdaExpr(clang::LambdaExpr *LE,
                          DataRecursionQueue * = nullptr);
  bool VisitCoawaitExpr(clang::CoawaitExpr *E);
  bool VisitReturnStmt(clang::ReturnStmt *S);
  bool VisitCallExpr(clang::CallExpr *E);
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *E);
  bool VisitCXXDeleteExpr(clang::CXXDeleteExpr *E);
  bool VisitVarDecl(clang::VarDecl *V);
  bool VisitUnaryOperator(clang::UnaryOperator *U);
  bool VisitDeclRefExpr(clang::DeclRefExpr *E);

private:
  struct Frame {
    const clang::FunctionDecl *FD;
    std::string Usr;
  };

  clang::ASTContext &Ctx;
  clang::SourceManager &SM;
  RuleMatcher Matcher;
  const ExtractOptions &Options;
  TuFiles Files;
  CallFacts Facts;
  TuSummary Out;

  std::vector<Frame> Frames;
  // Node-based maps: references into them survive later insertions.
  std::unordered_map<const clang::FunctionDecl *, std::string> Usrs;
  std::unordered_map<std::string, size_t> FunctionIndex; // by USR
  llvm::DenseSet<const clang::Expr *> CalleeRefs, DeferredRefs;
  llvm::DenseSet<const clang::LambdaExpr *> Deferred;

  bool isProject(clang::SourceLocation L) { return Files.isProject(L); }
  bool isProjectDecl(const clang::Decl *D) {
    return isProject(D->getLocation());
  }
  /// While a generated function's body is looked through, everything it
  /// records sits on the project's call into it (InlinedAt).
  Location locOf(clang::SourceLocation L) {
    return Files.locOf(InlinedAt.isValid() ? InlinedAt : L);
  }

  // Project calls into generated inline functions (a wrapper in a *.pb.h):
  // their bodies are walked as part of the caller, at the caller's line.
  clang::SourceLocation InlinedAt;
  llvm::SmallVector<const clang::FunctionDecl *, 4> Inlining;
  std::vector<size_t> InlinedSites; // their call text is not at Loc
  /// Looks through \p Call's callee when it is defined in generated code;
  /// whether it did.
  bool lookThroughGenerated(const CallInfo &Call);

  // Functions and edges.
  const std::string &functionUsr(const clang::FunctionDecl *FD);
  std::string displayName(const clang::FunctionDecl *FD);
  void recordFunction(const clang::FunctionDecl *FD, const std::string &Usr);
  void enterFunction(const clang::FunctionDecl *FD);
  void addEdge(const std::string &Caller, const std::string &Callee,
               EdgeKind Kind, clang::SourceLocation L);
  void addCallEdge(const clang::FunctionDecl *Callee, clang::SourceLocation L,
                   bool Virtual);
  /// The callable at \p Arg runs later, elsewhere: its edge is Deferred.
  void deferCallable(const clang::Expr *Arg, const clang::LambdaExpr *Lambda);

  // Sites, by role.
  Site &addSite(SiteKind Kind, const Rule &R, clang::SourceLocation L,
                const std::string &FunctionUsr);
  void addEntry(const Rule &R, const clang::FunctionDecl *Handler,
                clang::SourceLocation L, const std::string &Service,
                const std::string &Via);
  void handleCall(const CallInfo &Call);
  void handleEntryRegistration(const Rule &R, const CallInfo &Call);
  void handlePublish(const Rule &R, const CallInfo &Call);
  void handleDatastore(const Rule &R, const CallInfo &Call);
  bool handleRemoteCall(const Rule &R, const CallInfo &Call);
  void handleInProcessHandoff(const Rule &R, const CallInfo &Call);
  /// What the deadline fix-it needs of remote call \p S: its context
  /// variable, the caller's inbound context parameter, the statement's start
  /// (index/DeadlineFixAnchors.cpp).
  void recordDeadlineFixAnchors(Site &S, const CallInfo &Call,
                                const clang::FunctionDecl *Caller,
                                const clang::Decl *Context);
  /// Whether \p Class (or a base) has a deadline-source method: an inbound
  /// request's context, such as grpc::ServerContext. Cached.
  bool isInboundContextClass(const clang::CXXRecordDecl *Class);
  llvm::DenseMap<const clang::CXXRecordDecl *, bool> InboundContextClasses;
  void handleScheduledCallback(const Rule &R, const CallInfo &Call);

  // Calls through an interface (`std::shared_ptr<PaymentsIf>`) whose
  // implementation in this TU is a generated client.
  llvm::DenseMap<const clang::CXXMethodDecl *,
                 llvm::SmallVector<const clang::CXXMethodDecl *, 2>>
      Overriders; // canonical interface method -> overriders seen in the TU
  llvm::DenseSet<const clang::CXXMethodDecl *> OverridersSeen;
  llvm::DenseSet<const clang::DeclContext *> OverriderScopesWalked;
  bool ProjectOverridersCollected = false;
  /// Records the overriders declared in \p DC and the scopes in it; with
  /// \p ProjectOnly, only in the project's namespaces and classes.
  void collectOverriders(const clang::DeclContext *DC, bool ProjectOnly);
  /// The remote-call rules an implementation of the called interface
  /// method matches, and that implementation.
  const clang::CXXMethodDecl *
  implementationCalled(const CallInfo &Call,
                       llvm::SmallVectorImpl<const Rule *> &Rules);
};

} // namespace decouple

#endif
