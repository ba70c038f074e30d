//===- CallFactsDeadlines.cpp - deadlines set on contexts and helpers ----===//
// What a deadline-setter's value means (classifyDeadline), and following a
// deadline set on a helper's parameter to its callers, in this TU and, as
// DeadlineFlows, across TUs.
#include "index/AstHelpers.h"
#include "index/CallFacts.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

#include <cmath>

using namespace clang;

namespace decouple {

namespace {

/// The value of a constant arithmetic expression.
std::optional<double> numberValue(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() ||
      !(E->getType()->isArithmeticType() || E->getType()->isEnumeralType()) ||
      !E->EvaluateAsRValue(R, Ctx))
    return std::nullopt;
  if (R.Val.isInt())
    return static_cast<double>(R.Val.getInt().getSExtValue());
  if (!R.Val.isFloat())
    return std::nullopt;
  llvm::APFloat F = R.Val.getFloat();
  bool LosesInfo;
  F.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven,
            &LosesInfo);
  return F.convertToDouble();
}

bool isTimePoint(QualType T) {
  const auto *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return RD && RD->getName() == "time_point" &&
         qualifiedName(RD) == "std::chrono::time_point";
}

} // namespace

DeadlineInfo CallFacts::classifyDeadline(const Expr *Value,
                                         const Rule &Setter) {
  DeadlineInfo Info{DeadlineKind::Constant, -1};
  bool Propagated = Setter.Propagates;
  forEachSubStmt(Value, [&](const Stmt *S) {
    const auto *E = dyn_cast<Expr>(S);
    CallInfo Call;
    if (Propagated || !E || !callInfoOf(E, Call))
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
  // `ctx.set_deadline(g_deadline)`: a point in time computed once.
  if (isTimePoint(Value->getType().getNonReferenceType())) {
    Info.Absolute = true;
    const Expr *V = strip(Value);
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(V))
      Info.SetOnce = isLongLived(DRE->getDecl());
    else if (const auto *ME = dyn_cast_or_null<MemberExpr>(V))
      Info.SetOnce = isLongLived(ME->getMemberDecl());
  }
  // A count, integer or floating-point (Drogon's `2.0` seconds), also when
  // the parameter is left to its default (a CXXDefaultArgExpr).
  if (std::optional<double> Count = numberValue(Value, Ctx)) {
    if (*Count < 0 || // -1: C APIs' "wait forever"
        llvm::is_contained(Setter.NoDeadline, *Count))
      return {DeadlineKind::Missing, -1};
    Info.Ms = std::llround(*Count * (Setter.Unit == "ms" ? 1 : 1000));
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
      llvm::StringRef Text = sourceTextOf(UDL->getSourceRange(), Ctx);
      int64_t N;
      if (!Text.take_while(isdigit).getAsInteger(10, N))
        Count = N;
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(strip(E));
               CE && CE->getNumArgs() == 1 &&
               !CE->getArg(0)->isValueDependent()) {
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

void CallFacts::followParameter(Site &S, const ParmVarDecl *Param) {
  const auto *Fn = dyn_cast<FunctionDecl>(Param->getDeclContext());
  auto It =
      Fn ? Passed.find({Fn->getCanonicalDecl(), Param->getFunctionScopeIndex()})
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

void CallFacts::followDeadlineHelpers() {
  // `void WithDeadline(grpc::ClientContext *c) { c->set_deadline(...); }`:
  // the deadline set on a helper's parameter is on whatever its callers
  // pass there, and on through helpers calling helpers (to a fixpoint).
  for (bool Changed = true; Changed;) {
    Changed = false;
    llvm::SmallVector<std::pair<const ParmVarDecl *, DeadlineInfo>, 8> OnParams;
    for (const auto &[D, Info] : Deadlines)
      if (const auto *Param = dyn_cast<ParmVarDecl>(D))
        OnParams.push_back({Param, Info});
    for (const auto &[Param, Info] : OnParams) {
      const auto *Fn = dyn_cast<FunctionDecl>(Param->getDeclContext());
      if (!Fn)
        continue;
      auto It = Passed.find(
          {Fn->getCanonicalDecl(), Param->getFunctionScopeIndex()});
      if (It == Passed.end())
        continue;
      for (const Decl *Obj : It->second)
        Changed |= Deadlines.try_emplace(Obj, Info).second;
    }
  }
}

void CallFacts::emitDeadlineFlows(
    const std::vector<Site> &Sites, std::vector<DeadlineFlow> &Flows,
    llvm::function_ref<std::string(const FunctionDecl *)> UsrOf) {
  for (const auto &[D, Info] : Deadlines)
    if (const auto *Param = dyn_cast<ParmVarDecl>(D))
      if (const auto *Fn = dyn_cast<FunctionDecl>(Param->getDeclContext())) {
        DeadlineFlow F;
        F.Kind = DeadlineFlow::Setter;
        F.Callee = UsrOf(Fn);
        F.Param = Param->getFunctionScopeIndex();
        F.Deadline = Info.Kind;
        F.Ms = Info.Ms;
        Flows.push_back(std::move(F));
      }
  // Only what this TU could not settle: a parameter passed on to a callee
  // defined elsewhere, a missing deadline whose context went to one.
  for (const Pass &P : Passes) {
    if (P.Callee->hasBody())
      continue;
    if (const auto *Param = dyn_cast<ParmVarDecl>(P.Object);
        Param && Param->getDeclContext() == P.Caller &&
        !Deadlines.count(Param)) {
      DeadlineFlow F;
      F.Kind = DeadlineFlow::Forward;
      F.Callee = UsrOf(P.Callee);
      F.Param = P.Index;
      F.Caller = UsrOf(P.Caller);
      F.From = Param->getFunctionScopeIndex();
      Flows.push_back(std::move(F));
    }
    for (const PendingRemote &R : Pending)
      if (R.Context == P.Object && R.Function == P.Caller &&
          Sites[R.SiteIndex].Deadline == DeadlineKind::Missing) {
        DeadlineFlow F;
        F.Kind = DeadlineFlow::Context;
        F.Callee = UsrOf(P.Callee);
        F.Param = P.Index;
        F.From = static_cast<uint32_t>(R.SiteIndex);
        Flows.push_back(std::move(F));
      }
  }
}

} // namespace decouple
