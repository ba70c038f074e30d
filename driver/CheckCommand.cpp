//===- CheckCommand.cpp - decouple check, decouple baseline ----------------===//
#include "driver/AnalyseAndReport.h"
#include "driver/Commands.h"
#include "driver/Project.h"

#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {

namespace {

int listChecks() {
  for (const auto &C : createAllChecks())
    llvm::outs() << llvm::left_justify(C->id(), 40) << " " << C->summary() << "\n";
  return ExitClean;
}

} // namespace

int runCheck(const Options &O) {
  if (O.ListChecks)
    return listChecks();
  // Never freed either, like the linked program below: the compile database
  // of 100,000 TUs takes a twentieth of an up-to-date check to destroy.
  Project &P = *new Project;
  llvm::BuryPointer(&P);
  if (!openProject(O, P))
    return ExitUsage;
  auto Start = Clock::now();
  LinkedProgram &L = indexAndLinkUnfreed(O, P);
  const std::vector<Shard> &Shards = L.Heads;
  const IndexStats &IS = L.Index;
  FileFilter Filter;
  if (!Filter.build(O.Positional, Shards))
    return ExitUsage;
  nlohmann::json SinceStats = nlohmann::json::object();
  if (!O.Since.empty()) {
    if (!Filter.restrictToChangedSince(O.Since, P.Session.ProjectRoot, Shards, SinceStats))
      return ExitUsage;
    if (!O.Quiet)
      llvm::errs() << "decouple: --since " << O.Since << ": "
                   << SinceStats["since_changed_files"].get<size_t>() << " changed file(s) the TUs read, "
                   << SinceStats["since_affected_tus"].get<size_t>() << " affected TU(s)\n";
  }
  // The shards were linked as they were read (in index_seconds); what is
  // left is resolving virtual calls and de-duplicating.
  auto LinkStart = Clock::now();
  ProgramGraph &G = L.Graph;
  G.finalize();
  nlohmann::json Stats = indexStats(IS, G);
  Stats.update(SinceStats);
  Stats["index_seconds"] = IS.Seconds;
  Stats["link_seconds"] = secondsSince(LinkStart);
  int Exit = analyseAndReport(O, P.Session, G, Filter, Stats);
  Stats["seconds"] = secondsSince(Start);
  if (O.Stats == "json")
    llvm::errs() << Stats.dump() << "\n";
  if (IS.Failed && Exit == ExitClean)
    llvm::errs() << "decouple: warning: " << IS.Failed
                 << " TU(s) could not be analysed; findings may be missing\n";
  return Exit;
}

/// 'baseline': check, writing only the baseline file; exit 0 on findings.
int runBaseline(const Options &O) {
  Options C = O;
  C.WriteBaseline = O.OutputFile.empty() ? ".decouple-baseline.json" : O.OutputFile;
  C.OutputFile.clear();
  C.WriteReport = false;
  int Exit = runCheck(C);
  if (Exit == ExitUsage)
    return Exit;
  llvm::errs() << "decouple: wrote the baseline " << C.WriteBaseline << "\n";
  return ExitClean;
}

} // namespace decouple
