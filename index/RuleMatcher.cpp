//===- RuleMatcher.cpp ----------------------------------------------------===//
#include "index/RuleMatcher.h"
#include "index/AstHelpers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/Dynamic/Parser.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace decouple {

bool callInfoOf(const Expr *E, CallInfo &Out) {
  Out = CallInfo();
  Out.E = E;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    Out.Callee = CE->getConstructor();
    for (const Expr *A : CE->arguments())
      Out.Args.push_back(A);
    return Out.Callee != nullptr;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || !(Out.Callee = Call->getDirectCallee()))
    return false;
  auto Args = Call->arguments();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    Out.Receiver = MC->getImplicitObjectArgument();
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call);
             OC && isa<CXXMethodDecl>(Out.Callee) && OC->getNumArgs() > 0) {
    Out.Receiver = OC->getArg(0);
    for (unsigned I = 1; I < OC->getNumArgs(); ++I)
      Out.Args.push_back(OC->getArg(I));
    return true;
  }
  for (const Expr *A : Args)
    Out.Args.push_back(A);
  return true;
}

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  std::string Own;
  if (const auto *FD = dyn_cast<FunctionDecl>(D); FD && !FD->getIdentifier())
    Own = FD->getNameAsString(); // operators, constructors
  else
    Own = D->getName().str();
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getName());
    } else if (const auto *R = dyn_cast<RecordDecl>(C)) {
      if (R->getIdentifier())
        Parts.push_back(R->getName());
    }
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It)
    Out += It->str() + "::";
  return Out + Own;
}

std::string idlServiceName(const CXXRecordDecl *Class) {
  if (!Class)
    return "";
  // The outermost class: shop::Orders::Stub::async -> Orders.
  const CXXRecordDecl *Outermost = nullptr;
  for (const DeclContext *C = Class->getDeclContext(); C; C = C->getParent())
    if (const auto *R = dyn_cast<CXXRecordDecl>(C); R && R->getIdentifier())
      Outermost = R;
  if (Outermost)
    return Outermost->getName().str();
  llvm::StringRef Name = Class->getName();
  static const llvm::StringRef Suffixes[] = {
#define IDL_SERVICE_SUFFIX(Suffix) Suffix,
#include "index/FrameworkVocabulary.def"
  };
  for (llvm::StringRef Suffix : Suffixes)
    if (Name.size() > Suffix.size() && Name.ends_with(Suffix))
      return Name.drop_back(Suffix.size()).str();
  return Name.str();
}

std::string idlMethodName(llvm::StringRef Name) {
  static const llvm::StringRef Suffixes[] = {
#define IDL_METHOD_SUFFIX(Suffix) Suffix,
#include "index/FrameworkVocabulary.def"
  };
  static const llvm::StringRef Prefixes[] = {
#define IDL_METHOD_PREFIX(Prefix) Prefix,
#include "index/FrameworkVocabulary.def"
  };
  // Cap'n Proto: client.chargeRequest() builds a call to charge.
  for (llvm::StringRef Suffix : Suffixes)
    if (Name.size() > Suffix.size() && Name.ends_with(Suffix) &&
        islower(Name[0]))
      return Name.drop_back(Suffix.size()).str();
  for (llvm::StringRef Prefix : Prefixes)
    if (Name.size() > Prefix.size() && Name.starts_with(Prefix) &&
        (Prefix.ends_with("_") || isupper(Name[Prefix.size()])))
      return Name.drop_front(Prefix.size()).str();
  return Name.str();
}

namespace {

std::string typeName(QualType T, const ASTContext &Ctx) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.SuppressInlineNamespace =
      llvm::to_underlying(PrintingPolicy::SuppressInlineNamespaceMode::All);
  Policy.FullyQualifiedName = true;
  return T.getCanonicalType().getAsString(Policy);
}

bool hasAnnotation(const Decl *D, llvm::StringRef Text) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation() == Text)
      return true;
  return false;
}

bool classOrBaseMatches(const CXXRecordDecl *RD, const std::vector<Glob> &G) {
  if (!RD)
    return false;
  if (matchesAny(G, qualifiedName(RD)))
    return true;
  if (!RD->hasDefinition())
    return false;
  bool Found = false;
  RD->forallBases([&](const CXXRecordDecl *Base) {
    if (matchesAny(G, qualifiedName(Base)))
      Found = true;
    return !Found;
  });
  return Found;
}

bool overrideMatches(const CXXMethodDecl *M, const OverrideSpec &S) {
  const CXXRecordDecl *RD = M->getParent();
  return (S.Class.empty() || matchesAny(S.Class, qualifiedName(RD))) &&
         !matchesAny(S.NotClass, qualifiedName(RD)) &&
         (S.ClassDerivedFrom.empty() ||
          classOrBaseMatches(RD, S.ClassDerivedFrom)) &&
         (S.Method.empty() || matchesAny(S.Method, M->getName()));
}

const CXXMethodDecl *findOverride(const CXXMethodDecl *M,
                                  const OverrideSpec &S) {
  for (const CXXMethodDecl *O : M->overridden_methods()) {
    if (overrideMatches(O, S))
      return O;
    if (const CXXMethodDecl *Deeper = findOverride(O, S))
      return Deeper;
  }
  return nullptr;
}

/// The name an argument spells: an enumerator, a variable, or a macro.
bool argIsOneOf(const Expr *Arg, const std::vector<std::string> &Names,
                const ASTContext &Ctx) {
  if (!Arg)
    return false;
  const Expr *E = Arg->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    for (const std::string &N : Names)
      if (DRE->getDecl()->getName() == N)
        return true;
  SourceLocation Loc = Arg->getBeginLoc();
  if (Loc.isMacroID()) {
    llvm::StringRef Macro = Lexer::getImmediateMacroNameForDiagnostics(
        Loc, Ctx.getSourceManager(), Ctx.getLangOpts());
    for (const std::string &N : Names)
      if (Macro == N)
        return true;
  }
  return false;
}

/// Rules that mark the definition itself rather than a call.
bool marksDefinition(const Rule &R) {
  return (R.Kind == Role::EntryPoint || R.Kind == Role::ConsumerEntryPoint) &&
         !R.HandlerArg && !R.EnclosingFunction;
}

std::optional<ast_matchers::dynamic::DynTypedMatcher>
parseRuleMatcher(const Rule &R, std::string &Problem) {
  ast_matchers::dynamic::Diagnostics Diag;
  llvm::StringRef Code(R.Match.Matcher);
  auto M = ast_matchers::dynamic::Parser::parseMatcherExpression(
      Code, nullptr, nullptr, &Diag);
  if (!M) {
    // clang-query's diagnostic is one "line:col: text" line per nesting
    // level of the expression; keep the message on one line.
    std::string Why = Diag.toStringFull();
    llvm::StringRef(Why).rtrim().str().swap(Why);
    for (char &C : Why)
      if (C == '\n')
        C = ';';
    Problem = R.Where + ": error: bad matcher in rule '" + R.Id +
              "' (matcher " + Why + ")";
  }
  return M;
}

std::string notTopLevel(const Rule &R) {
  return R.Where + ": error: matcher in rule '" + R.Id +
         "' cannot be used at the top level";
}

} // namespace

std::vector<std::string> matcherProblems(const RuleSet &Rules) {
  std::vector<std::string> Problems;
  ast_matchers::MatchFinder Finder;
  ast_matchers::MatchFinder::MatchCallback *NoCallback = nullptr;
  for (const Rule &R : Rules.Rules) {
    if (R.Match.Matcher.empty())
      continue;
    std::string Problem;
    auto M = parseRuleMatcher(R, Problem);
    if (!M)
      Problems.push_back(std::move(Problem));
    else if (!Finder.addDynamicMatcher(*M, NoCallback))
      Problems.push_back(notTopLevel(R));
  }
  return Problems;
}

RuleMatcher::RuleMatcher(const RuleSet &Rules) : Rules(Rules) {
  for (const Rule &R : Rules.Rules) {
    if (setsTransportTimeout(R))
      TransportTimeoutProtocols.insert(R.Protocol);
    if (R.Kind == Role::ServiceNaming)
      continue;
    (marksDefinition(R) ? DefinitionRules : CallRules).push_back(&R);
  }
}

std::vector<std::string>
RuleMatcher::beginTranslationUnit(ASTContext &Ctx) {
  CallCache.clear();
  DefinitionCache.clear();
  MatcherHits.clear();
  std::vector<std::string> Problems;
  ast_matchers::MatchFinder Finder;
  struct Collector : ast_matchers::MatchFinder::MatchCallback {
    llvm::DenseSet<const void *> *Hits = nullptr;
    void run(const ast_matchers::MatchFinder::MatchResult &R) override {
      for (const auto &[Name, Node] : R.Nodes.getMap())
        if (Name == "root")
          Hits->insert(Node.getMemoizationData());
    }
  };
  std::vector<std::unique_ptr<Collector>> Collectors;
  for (const Rule &R : Rules.Rules) {
    if (R.Match.Matcher.empty())
      continue;
    std::string Problem;
    auto M = parseRuleMatcher(R, Problem);
    if (!M) {
      Problems.push_back(std::move(Problem));
      continue;
    }
    auto C = std::make_unique<Collector>();
    C->Hits = &MatcherHits[&R];
    if (!Finder.addDynamicMatcher(*M, C.get()))
      Problems.push_back(notTopLevel(R));
    Collectors.push_back(std::move(C));
  }
  if (!Collectors.empty())
    Finder.matchAST(Ctx);
  return Problems;
}

/// Whether \p Class or one of its bases declares a method named by one of
/// \p Globs, in which "{name}" stands for \p Name (the matched method's).
static bool classHasMethod(const CXXRecordDecl *Class,
                           const std::vector<Glob> &Globs,
                           llvm::StringRef Name) {
  if (!Class || !Class->hasDefinition())
    return false;
  std::vector<Glob> Bound;
  for (const Glob &G : Globs) {
    std::string P = G.pattern();
    for (size_t At; (At = P.find("{name}")) != std::string::npos;)
      P.replace(At, 6, Name.str());
    Bound.emplace_back(P);
  }
  auto Declares = [&](const CXXRecordDecl *RD) {
    return llvm::any_of(RD->methods(), [&](const CXXMethodDecl *M) {
      return M->getIdentifier() && matchesAny(Bound, M->getName());
    });
  };
  return Declares(Class) || !Class->forallBases([&](const CXXRecordDecl *B) {
    return !Declares(B);
  });
}

const RuleMatcher::MatchedNames &
RuleMatcher::namesOf(const FunctionDecl *FD, const CXXRecordDecl *Class) const {
  if (Names.FD != FD) {
    Names.FD = FD;
    Names.Callee = Glob::normalize(qualifiedName(FD));
    Names.Class = Class ? Glob::normalize(qualifiedName(Class)) : "";
  }
  return Names;
}

bool RuleMatcher::declMatches(const FunctionDecl *FD, const Rule &R) const {
  const MatchSpec &M = R.Match;
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  const CXXRecordDecl *Class = Method ? Method->getParent() : nullptr;
  const MatchedNames &N = namesOf(FD, Class);
  if (!M.Callee.empty() && !matchesAnyNormalized(M.Callee, N.Callee))
    return false;
  if (!M.MethodOf.empty() &&
      (!Class || !matchesAnyNormalized(M.MethodOf, N.Class)))
    return false;
  if (!M.NotMethodOf.empty() && Class &&
      matchesAnyNormalized(M.NotMethodOf, N.Class))
    return false;
  if (!M.ClassDerivedFrom.empty() &&
      !classOrBaseMatches(Class, M.ClassDerivedFrom))
    return false;
  if (M.ParamCount && FD->getNumParams() != *M.ParamCount)
    return false;
  const ASTContext &Ctx = FD->getASTContext();
  for (const auto &[Index, Type] : M.ParamTypes)
    if (Index >= FD->getNumParams() ||
        !Type.matches(typeName(FD->getParamDecl(Index)->getType(), Ctx)))
      return false;
  if (M.Returns && !M.Returns->matches(typeName(FD->getReturnType(), Ctx)))
    return false;
  // A class-level annotation covers its ordinary methods, not the special
  // members that build or destroy the client object.
  // A method with its own decouple:: annotation (a deadline_setter of an
  // rpc_client) is what that annotation says, not what its class's says.
  auto OwnDecoupleAnnotation = [&] {
    for (const auto *A : FD->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation().starts_with("decouple::"))
        return true;
    return false;
  };
  if (!M.Annotation.empty() && !hasAnnotation(FD, M.Annotation) &&
      !(Class && hasAnnotation(Class, M.Annotation) &&
        !OwnDecoupleAnnotation() &&
        !isa<CXXConstructorDecl, CXXDestructorDecl>(FD) &&
        !(Method && (Method->isCopyAssignmentOperator() ||
                     Method->isMoveAssignmentOperator()))))
    return false;
  if (M.Overrides && (!Method || !findOverride(Method, *M.Overrides)))
    return false;
  llvm::StringRef Name = FD->getIdentifier() ? FD->getName() : "";
  if (!M.UnlessClassHasMethod.empty() &&
      classHasMethod(Class, M.UnlessClassHasMethod, Name))
    return false;
  if (!M.ClassHasMethod.empty() &&
      !classHasMethod(Class, M.ClassHasMethod, Name))
    return false;
  return true;
}

QualType receiverObjectType(const CallInfo &Call) {
  if (!Call.Receiver)
    return QualType();
  QualType T = Call.Receiver->IgnoreImpCasts()->getType().getNonReferenceType();
  if (!T->getPointeeType().isNull())
    T = T->getPointeeType();
  return T;
}

bool RuleMatcher::callMatches(const CallInfo &Call, const Rule &R) const {
  if (R.Match.ReceiverType) {
    QualType T = receiverObjectType(Call);
    if (T.isNull())
      return false;
    if (!R.Match.ReceiverType->matches(
            typeName(T.getUnqualifiedType(), Call.Callee->getASTContext())))
      return false;
  }
  for (const auto &[Index, Names] : R.Match.ArgEquals)
    if (!argIsOneOf(Call.arg(Index), Names, Call.Callee->getASTContext()))
      return false;
  auto FirstWordIn = [&](unsigned Index, const std::vector<std::string> &W) {
    std::optional<std::string> Text = stringValue(Call.arg(Index));
    return Text && llvm::is_contained(W, commandWord(*Text).upper());
  };
  for (const auto &[Index, Words] : R.Match.ArgFirstWord)
    if (!FirstWordIn(Index, Words))
      return false;
  for (const auto &[Index, Words] : R.Match.UnlessArgFirstWord)
    if (FirstWordIn(Index, Words))
      return false;
  if (!R.Match.Matcher.empty()) {
    auto It = MatcherHits.find(&R);
    if (It == MatcherHits.end() || !It->second.contains(Call.E))
      return false;
  }
  return true;
}

void RuleMatcher::rulesForCall(const CallInfo &Call,
                               llvm::SmallVectorImpl<const Rule *> &Out) {
  auto [It, Inserted] = CallCache.try_emplace(Call.Callee);
  if (Inserted)
    for (const Rule *R : CallRules)
      if (declMatches(Call.Callee, *R))
        It->second.push_back(R);
  for (const Rule *R : It->second)
    if (callMatches(Call, *R))
      Out.push_back(R);
}

bool RuleMatcher::hasRuleForCall(const CallInfo &Call, Role Kind) const {
  for (const Rule *R : CallRules)
    if (R->Kind == Kind && declMatches(Call.Callee, *R) && callMatches(Call, *R))
      return true;
  return false;
}

void RuleMatcher::rulesForDefinition(const FunctionDecl *FD,
                                     llvm::SmallVectorImpl<const Rule *> &Out) {
  auto [It, Inserted] = DefinitionCache.try_emplace(FD);
  if (Inserted)
    for (const Rule *R : DefinitionRules)
      if (declMatches(FD, *R) &&
          (R->Match.Matcher.empty() || MatcherHits[R].contains(FD)))
        It->second.push_back(R);
  Out.append(It->second.begin(), It->second.end());
}

const CXXMethodDecl *RuleMatcher::matchedOverride(const FunctionDecl *FD,
                                                  const Rule &R) const {
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  if (!Method)
    return nullptr;
  if (R.Match.Overrides)
    return findOverride(Method, *R.Match.Overrides);
  return Method;
}

} // namespace decouple
