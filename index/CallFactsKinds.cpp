//===- CallFactsKinds.cpp - What kind of object a call works on -----------===//
//
// A ZeroMQ socket's type decides what a send on it means, and the type is
// given where the socket is created: a local's or global's initialiser, a
// member's default initialiser, mem-initializer or assignment. The uses
// are elsewhere (a method declared before the member, a function taking the
// socket as a parameter, called further down the TU), so these kinds are
// read off the TU before the walk, and followed into parameters from the
// arguments the TU's calls pass.
//
//===----------------------------------------------------------------------===//
#include "index/AstHelpers.h"
#include "index/CallFacts.h"
#include "index/RuleMatcher.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace decouple {

namespace {

/// Collects where the project's objects are created and what its calls
/// pass to the parameters of the functions defined in the TU.
class KindSeeder : public RecursiveASTVisitor<KindSeeder> {
  using Base = RecursiveASTVisitor<KindSeeder>;

public:
  using Seed = std::pair<const Decl *, const Expr *>; // holder, initialiser
  using Pass = std::pair<const ParmVarDecl *, const Decl *>;

  explicit KindSeeder(llvm::function_ref<bool(const Decl *)> IsProject)
      : IsProject(IsProject) {}

  std::vector<Seed> Seeds;
  std::vector<Pass> Passes;

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D || isa<TranslationUnitDecl>(D))
      return Base::TraverseDecl(D);
    if (D->getLocation().isValid() && !IsProject(D))
      return true;
    // As the walk does: a template's instantiations, not the template.
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->isDependentContext())
      return true;
    return Base::TraverseDecl(D);
  }

  bool VisitVarDecl(VarDecl *V) {
    if (V->getInit() && !isa<ParmVarDecl>(V) &&
        !V->getType()->isDependentType())
      Seeds.push_back({V, V->getInit()});
    return true;
  }
  bool VisitFieldDecl(FieldDecl *F) {
    if (F->hasInClassInitializer() && !F->getParent()->isDependentContext())
      Seeds.push_back({F, F->getInClassInitializer()});
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *C) {
    for (const CXXCtorInitializer *I : C->inits())
      if (I->isMemberInitializer() && I->isWritten())
        Seeds.push_back({I->getMember(), I->getInit()});
    return true;
  }
  // `sock_ = zmq::socket_t(ctx, type)` in a constructor's body. A local's
  // assignments are met in order by the walk (CallFacts::record).
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign)
      noteAssignment(B->getLHS(), B->getRHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *C) {
    if (C->getOperator() == OO_Equal && C->getNumArgs() == 2)
      noteAssignment(C->getArg(0), C->getArg(1));
    return true;
  }
  bool VisitCallExpr(CallExpr *E) { return notePasses(E); }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) { return notePasses(E); }

private:
  llvm::function_ref<bool(const Decl *)> IsProject;

  void noteAssignment(const Expr *To, const Expr *From) {
    if (const auto *F = dyn_cast_or_null<FieldDecl>(objectDecl(To)))
      Seeds.push_back({F, From});
  }

  bool notePasses(const Expr *E) {
    CallInfo Call;
    if (E->isTypeDependent() || !callInfoOf(E, Call))
      return true;
    const FunctionDecl *Def = Call.Callee->getDefinition();
    if (!Def || !IsProject(Def))
      return true;
    for (unsigned I = 0; I < Call.Args.size() && I < Def->getNumParams(); ++I)
      if (const Decl *Obj = objectDecl(Call.Args[I]))
        Passes.push_back({Def->getParamDecl(I), Obj});
    return true;
  }
};

} // namespace

std::optional<std::string> CallFacts::createdKind(const Expr *Init) {
  CallInfo Call;
  if (!Init || !callInfoOf(strip(Init), Call))
    return std::nullopt;
  llvm::SmallVector<const Rule *, 2> Rules;
  Matcher.rulesForCall(Call, Rules);
  for (const Rule *R : Rules)
    if (R->Kind == Role::ObjectKind && R->Object.K == Operand::Result)
      return R->ObjectKindName;
  return std::nullopt;
}

bool CallFacts::mergeKind(const Decl *Obj, llvm::StringRef Kind) {
  auto [It, Inserted] = Kinds.try_emplace(Obj, Kind.str());
  if (Inserted || It->second == Kind || It->second.empty())
    return Inserted;
  It->second.clear(); // created with two kinds: neither holds
  return true;
}

void CallFacts::seedObjectKinds(
    llvm::function_ref<bool(const Decl *)> IsProject) {
  KindSeeder Seeder(IsProject);
  Seeder.TraverseDecl(Ctx.getTranslationUnitDecl());
  for (const auto &[Holder, Init] : Seeder.Seeds)
    if (std::optional<std::string> Kind = createdKind(Init))
      mergeKind(Holder, *Kind);
  // Into parameters, and on through the parameters they are passed to.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const auto &[Param, Obj] : Seeder.Passes)
      if (auto It = Kinds.find(Obj); It != Kinds.end())
        Changed |= mergeKind(Param, std::string(It->second));
  }
}

bool CallFacts::kindHolds(const Rule &R, const CallInfo &Call,
                          const FunctionDecl *Caller) {
  if (R.RequiresKind.empty() && R.UnlessKind.empty())
    return true;
  const Decl *Obj = operandDecl(Call, R.Context ? R.Context : R.Object, Caller);
  auto It = Kinds.find(Obj);
  bool Tagged = Obj && It != Kinds.end() && !It->second.empty();
  if (!R.UnlessKind.empty() && Tagged && KindTaggedIn.lookup(Obj) == Caller &&
      Glob(R.UnlessKind).matches(It->second))
    return false;
  return R.RequiresKind.empty() ||
         (Tagged && Glob(R.RequiresKind).matches(It->second));
}

} // namespace decouple
