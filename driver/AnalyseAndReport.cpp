//===- AnalyseAndReport.cpp - The part check and merge share ---------------===//
#include "driver/AnalyseAndReport.h"
#include "driver/Baseline.h"
#include "driver/Budget.h"
#include "driver/Report.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

namespace decouple {

namespace {

/// What the gates did: the findings a baseline hid, its stale entries, the
/// budget's breaches.
struct GateResult {
  int Exit = ExitClean;
  bool HasBaseline = false;
  BaselineMatch Match;
  std::vector<BudgetBreach> Breaches;
};

/// --color: always, never, or auto: when the report goes to a terminal.
bool useColor(const Options &O, llvm::raw_ostream &OS) {
  if (O.Color == "auto")
    return O.OutputFile.empty() && OS.is_displayed();
  return O.Color == "always";
}

/// The end summary's second line: findings per check, services, sync
/// edges, the longest chain.
void printShape(const std::vector<Finding> &Findings, const Analysis &A) {
  std::map<std::string, size_t> PerCheck;
  for (const Finding &F : Findings)
    ++PerCheck[F.CheckId];
  auto [SyncEdges, Chain] = syncShape(A);
  llvm::errs() << "decouple:";
  const char *Sep = " ";
  for (const auto &[Check, N] : PerCheck) {
    llvm::errs() << Sep << Check << " " << N;
    Sep = ", ";
  }
  llvm::errs() << (PerCheck.empty() ? " " : "; ") << A.Services.services().size()
               << " service(s), " << SyncEdges << " sync edge(s), longest sync chain "
               << Chain << " hop(s)\n";
}

bool writeFindings(const Options &O, const ProjectSession &S,
                   const std::vector<Finding> &Findings,
                   const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                   SourceLines &Lines, const SarifRunInfo &Run) {
  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!O.OutputFile.empty()) {
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(O.OutputFile, EC);
    if (EC) {
      llvm::errs() << O.OutputFile << ": error: " << EC.message() << "\n";
      return false;
    }
  }
  llvm::raw_ostream &OS = File ? *File : llvm::outs();
  if (O.Format == "sarif")
    SarifWriter({S.ProjectRoot, O.HelpUriBase})
        .write(OS, Findings, Checks, Lines, Run);
  else if (O.Format == "json")
    writeJson(OS, Findings,
              {Run.NoLint ? Run.NoLint->size() : 0,
               Run.Baselined ? Run.Baselined->size() : 0, Run.Excluded});
  else if (O.Format == "gitlab")
    writeGitLabCodeQuality(OS, Findings, S.ProjectRoot);
  else
    writeText(OS, Findings, Lines, {useColor(O, OS), O.Quiet});
  OS.flush();
  return true;
}

/// Baseline and budget, written or enforced.
GateResult applyGates(const Options &O, const ProjectSession &S,
                      const Analysis &A, std::vector<Finding> &Findings,
                      SourceLines &Lines) {
  GateResult G;
  std::string Error;
  Baseline Old;
  bool HaveOld = !O.Baseline.empty();
  if (HaveOld && !readBaseline(O.Baseline, Old, Error)) {
    llvm::errs() << Error << "\n";
    G.Exit = ExitUsage;
    return G;
  }
  if (!O.WriteBaseline.empty() &&
      !writeBaseline(O.WriteBaseline, Findings, S.ProjectRoot,
                     HaveOld ? &Old : nullptr, Error)) {
    llvm::errs() << "decouple: error: " << Error << "\n";
    G.Exit = ExitUsage;
    return G;
  }
  if (HaveOld) {
    G.HasBaseline = true;
    G.Match = applyBaseline(Old, Findings, [&](const Finding &F) {
      return legacyFingerprint(F, S.ProjectRoot, Lines);
    });
    if (Old.Version == 1)
      llvm::errs() << O.Baseline << ": note: a version 1 baseline (no column or "
                   << "occurrence in its fingerprints); 'decouple baseline -p "
                   << "<build> -o " << O.Baseline << "' upgrades it\n";
    for (const BaselineEntry &E : G.Match.Stale)
      llvm::errs() << O.Baseline << ": note: stale entry, no finding matches it: "
                   << (E.File.empty() ? "" : E.File + ":" + std::to_string(E.Line) + ": ")
                   << (E.CheckId.empty() ? "" : "[" + E.CheckId + "] ")
                   << (E.Message.empty() ? "" : E.Message + " ")
                   << "(fingerprint " << E.Fingerprint << ")\n";
  }
  if (!O.WriteBudget.empty() && !writeBudget(O.WriteBudget, A)) {
    llvm::errs() << O.WriteBudget << ": error: cannot write the budget\n";
    G.Exit = ExitUsage;
    return G;
  }
  if (!O.Budget.empty()) {
    int Violations = checkBudget(O.Budget, A, &G.Breaches);
    if (Violations < 0)
      G.Exit = ExitUsage;
    else if (Violations > 0)
      G.Exit = ExitFindings;
  }
  return G;
}

} // namespace

int analyseAndReport(const Options &O, const ProjectSession &S,
                     const ProgramGraph &G, const FileFilter &Filter,
                     nlohmann::json &Stats) {
  auto Start = Clock::now();
  bool BudgetOnly = !O.Budget.empty() || !O.WriteBudget.empty();
  CheckedProgram P;
  if (!checkProgram(O, S, G, Filter, BudgetOnly, P))
    return ExitUsage;
  const Analysis &A = *P.A;
  std::vector<Finding> &Findings = P.Findings;
  const auto &Checks = P.Checks;
  SourceLines &Lines = P.Lines;
  const FindingCounts &Counts = P.Counts;
  GateResult Gates = applyGates(O, S, A, Findings, Lines);
  int Exit = Gates.Exit;
  if (Exit == ExitUsage)
    return Exit;
  size_t Hidden = Gates.Match.Known.size();
  Stats["analysis_seconds"] = secondsSince(Start);
  SarifRunInfo Run;
  Run.NoLint = &Counts.NoLintSuppressed;
  Run.Baselined = Gates.HasBaseline ? &Gates.Match.Known : nullptr;
  Run.PartialTus = G.partialTus();
  Run.BudgetBreaches = Gates.Breaches;
  Run.Excluded = Counts.Excluded;
  if (O.WriteReport && !writeFindings(O, S, Findings, Checks, Lines, Run))
    return ExitUsage;
  if (llvm::any_of(Findings, [&](const Finding &F) {
        return failsRun(F, S.Config, O.FailOn);
      }))
    Exit = ExitFindings;
  printErrors(Counts.NoLintProblems);
  if (!Counts.NoLintProblems.empty())
    Exit = ExitFindings;
  if (!O.Quiet && (O.Format == "text" || !O.OutputFile.empty() || !O.WriteReport)) {
    llvm::errs() << "decouple: " << Findings.size() << " finding(s) in "
                 << A.Paths.size() << " entry point(s); " << G.stats().Tus
                 << " TU(s) linked";
    if (G.stats().TusWithErrors)
      llvm::errs() << ", " << G.stats().TusWithErrors
                   << " with compile errors (partial)";
    if (Counts.SuppressedByNoLint)
      llvm::errs() << "; " << Counts.SuppressedByNoLint << " suppressed by NOLINT";
    if (Counts.Excluded)
      llvm::errs() << "; " << Counts.Excluded << " in excluded paths";
    if (Hidden)
      llvm::errs() << "; " << Hidden << " hidden by the baseline";
    llvm::errs() << "\n";
    printShape(Findings, A);
    if (O.Verbose)
      for (const std::string &Tu : G.partialTus())
        llvm::errs() << Tu << ": note: compile errors; its findings may be partial\n";
  }
  return Exit;
}

} // namespace decouple
