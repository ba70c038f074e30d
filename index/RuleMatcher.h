//===- RuleMatcher.h - Applies a RuleSet to Clang AST nodes -----*- C++ -*-===//
//
// Matching is type-based: a rule names qualified functions, classes and their
// bases, parameter types and argument positions, never bare identifiers. Name
// lookups per declaration are cached, since the same APIs are called many
// times in a TU.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_RULEMATCHER_H
#define DECOUPLE_INDEX_RULEMATCHER_H

#include "rules/RuleSet.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

namespace clang {
class ASTContext;
class CXXMethodDecl;
class CXXRecordDecl;
class FunctionDecl;
class NamedDecl;
} // namespace clang

namespace decouple {

/// One call, normalised: member calls, operator calls and constructions all
/// look alike (the object is never among Args).
struct CallInfo {
  const clang::Expr *E = nullptr;
  const clang::FunctionDecl *Callee = nullptr;
  llvm::SmallVector<const clang::Expr *, 8> Args;
  const clang::Expr *Receiver = nullptr;

  const clang::Expr *operand(const Operand &O) const {
    if (O.K == Operand::Receiver)
      return Receiver;
    if (O.K == Operand::Argument && O.Index < Args.size())
      return Args[O.Index];
    return nullptr;
  }
  const clang::Expr *arg(std::optional<unsigned> I) const {
    return I && *I < Args.size() ? Args[*I] : nullptr;
  }
};

/// Describes a CallExpr or CXXConstructExpr; false for anything else or for
/// calls without a known callee.
bool callInfoOf(const clang::Expr *E, CallInfo &Out);

/// The type of the object a method is called on, as written (before any
/// conversion to the declaring base), pointers and references removed; null
/// without a receiver.
clang::QualType receiverObjectType(const CallInfo &Call);

/// "ns::Class::method", without template arguments or inline namespaces.
std::string qualifiedName(const clang::NamedDecl *D);

/// The IDL service a generated class belongs to: the enclosing class of a
/// nested one (shop::Orders::Stub -> Orders), else the class name without a
/// generator suffix (Thrift's OrdersIf / OrdersClient -> Orders). The
/// conventions are listed in index/FrameworkVocabulary.def.
std::string idlServiceName(const clang::CXXRecordDecl *Class);

/// The IDL method a generated member stands for: gRPC's AsyncX,
/// PrepareAsyncX and RequestX are X; Thrift's send_x and recv_x are x;
/// Cap'n Proto's xRequest is x (index/FrameworkVocabulary.def).
std::string idlMethodName(llvm::StringRef Name);

/// Parses every clang-query matcher in \p Rules; returns one
/// "file:line:col: error: ... rule 'id' ..." message per matcher that does
/// not compile or cannot match at the top level. Every door calls it when it
/// loads the rules (ProjectSession::open), so a bad matcher stops the run
/// before any TU is parsed.
std::vector<std::string> matcherProblems(const RuleSet &Rules);

class RuleMatcher {
public:
  explicit RuleMatcher(const RuleSet &Rules);

  /// Runs the clang-query matcher rules over the TU. Call once per TU before
  /// matching; returns problems with matcher expressions as messages.
  std::vector<std::string> beginTranslationUnit(clang::ASTContext &Ctx);

  /// Rules whose conditions a call satisfies (every role but the
  /// definition-style entry points and service naming).
  void rulesForCall(const CallInfo &Call,
                    llvm::SmallVectorImpl<const Rule *> &Out);

  /// Whether rulesForCall would give a rule of \p Kind, trying only the
  /// rules of that role (and caching nothing).
  bool hasRuleForCall(const CallInfo &Call, Role Kind) const;

  /// Entry-point rules that mark a function definition itself.
  void rulesForDefinition(const clang::FunctionDecl *FD,
                          llvm::SmallVectorImpl<const Rule *> &Out);

  /// The overridden method that made \p FD match \p R (for service naming).
  const clang::CXXMethodDecl *matchedOverride(const clang::FunctionDecl *FD,
                                              const Rule &R) const;

  const RuleSet &rules() const { return Rules; }

  /// Whether a rule sets timeouts on \p Protocol's transport
  /// (setsTransportTimeout), from a set made once, not a scan per call.
  bool setsTransportTimeouts(llvm::StringRef Protocol) const {
    return TransportTimeoutProtocols.contains(Protocol);
  }

private:
  const RuleSet &Rules;
  std::vector<const Rule *> CallRules, DefinitionRules;
  llvm::StringSet<> TransportTimeoutProtocols;
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<const Rule *, 2>>
      CallCache, DefinitionCache;
  llvm::DenseMap<const Rule *, llvm::DenseSet<const void *>> MatcherHits;

  /// A declaration's qualified name and its class's, normalized for the
  /// rules' globs: made once per declaration, not once per rule tried.
  struct MatchedNames {
    const clang::FunctionDecl *FD = nullptr;
    std::string Callee, Class;
  };
  mutable MatchedNames Names; // of the declaration declMatches saw last
  const MatchedNames &namesOf(const clang::FunctionDecl *FD,
                              const clang::CXXRecordDecl *Class) const;
  bool declMatches(const clang::FunctionDecl *FD, const Rule &R) const;
  bool callMatches(const CallInfo &Call, const Rule &R) const;
};

} // namespace decouple

#endif
