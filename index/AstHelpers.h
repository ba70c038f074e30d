//===- AstHelpers.h - Reading values and text off the AST -------*- C++ -*-===//
//
// Small questions the extractor asks of expressions: which object an operand
// names, which string a constant spells, which callable an argument passes,
// what a call's value becomes. Each looks through the implicit nodes (casts,
// temporaries, copies) that C++ puts between the code and its meaning.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_ASTHELPERS_H
#define DECOUPLE_INDEX_ASTHELPERS_H

#include "clang/AST/Expr.h"
#include "clang/Basic/FileEntry.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <cstdint>
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CXXMethodDecl;
class LambdaExpr;
class ParentMap;
class VarDecl;
} // namespace clang

namespace decouple {

/// \p E without parentheses, implicit casts and nodes, copies and
/// conversions, functional casts, and `({ ...; value; })` wrappers.
const clang::Expr *strip(const clang::Expr *E);

/// The expressions whose values \p E is made of, \p E included: the
/// receivers and arguments of the calls in it and the initialisers of the
/// local variables it names (`t.then(f).get()` is made of `t`'s initialiser).
/// A join's receiver, a returned value: the tasks they wait on.
void valueSources(const clang::Expr *E,
                  llvm::SmallPtrSetImpl<const clang::Expr *> &Sources);

/// Lives longer than one call: a member, a global or a static.
bool isLongLived(const clang::Decl *D);

/// The variable or field an operand denotes: `ctx`, `&ctx`, `*p`, `p.get()`,
/// `this->ctx_`, `sock` converted to a handle (`operator socket_ref()`).
const clang::Decl *objectDecl(const clang::Expr *E);

/// A string a constant expression spells: a literal, or a variable
/// initialised with one.
std::optional<std::string> stringValue(const clang::Expr *E, int Depth = 0);

/// Word \p Index (from 0) of a command string, split at whitespace: the
/// verb of "SET order:42 %s" is word 0, the channel of "PUBLISH orders %s"
/// word 1. Empty when there are fewer words.
llvm::StringRef commandWord(llvm::StringRef Text, unsigned Index = 0);
/// A name a program is configured with: a string constant (stringValue),
/// the string behind `.c_str()`/`.data()`, or the default of a lookup by
/// key, the last of two or more string arguments of a call
/// (`Address("ORDERS_DB", "orders.db")`, `cfg.get("db", "orders.db")`).
/// A call given one string (`getenv("ORDERS_DB")`) names a key, not a value.
std::optional<std::string> configuredName(const clang::Expr *E, int Depth = 0);

/// Calls \p F on \p S and every statement below it, parents first.
template <typename Fn> void forEachSubStmt(const clang::Stmt *S, Fn &&F) {
  if (!S)
    return;
  F(S);
  for (const clang::Stmt *Child : S->children())
    forEachSubStmt(Child, F);
}

/// The method \p M overrides at the root of its hierarchy (itself if it
/// overrides nothing): a decorator's charge() is PaymentsIf::charge.
const clang::CXXMethodDecl *rootDeclaration(const clang::CXXMethodDecl *M);

/// A callable passed as an argument: a lambda (also stored in \p Lambda), a
/// function, a member function pointer, a variable holding a lambda, or a
/// handler object (functionObjectCall).
const clang::FunctionDecl *callableOf(const clang::Expr *E,
                                      const clang::LambdaExpr **Lambda);
/// The operator() of a handler object of type \p T (a class with exactly
/// one call operator, outside namespace std); null otherwise.
const clang::FunctionDecl *functionObjectCall(clang::QualType T);

/// True when \p Construct initialises a local variable (`std::thread t(...)`)
/// on which \p FD's body calls `join()`: the thread's work is waited for,
/// so it runs on the caller's path, not apart from it.
bool joinedInFunction(const clang::Expr *Construct, const clang::FunctionDecl *FD,
                      clang::ASTContext &Ctx);

/// True when \p Call returns void and sits in the try block of a try
/// statement of its function: a Thrift void method's status is the
/// exception it throws, and the handler reads it there.
bool statusCaught(const clang::Expr *Call, clang::ASTContext &Ctx);

/// For std::chrono::duration<Rep, std::ratio<N, D>>: milliseconds per
/// 1000 units (so that seconds, milliseconds and microseconds stay exact).
std::optional<int64_t> durationUnitMs(clang::QualType T);

/// The source text of a range, or "" where a macro expansion covers it.
llvm::StringRef sourceTextOf(clang::SourceRange R,
                             const clang::ASTContext &Ctx);

/// The source text of an expression, or "" for none or a macro's.
std::string sourceText(const clang::Expr *E, const clang::ASTContext &Ctx);

/// The absolute path of a file, symbolic links resolved where the file
/// system told Clang, without "." or "..".
std::string pathOf(clang::FileEntryRef F);

/// Whether a call's value is thrown away; where a variable keeps it, sets
/// \p StoredIn. \p PM is the parent map of the enclosing function's body.
bool returnDiscarded(const clang::Expr *Call, clang::ParentMap &PM,
                     const clang::VarDecl *&StoredIn);

} // namespace decouple

#endif
