//===- IndexCommand.cpp - decouple index -----------------------------------===//
#include "driver/Commands.h"
#include "driver/Project.h"
#include "index/ShardDump.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {

int runIndex(const Options &O) {
  if (!O.Dump.empty()) {
    Shard Sh;
    std::string Why;
    ShardStatus St = ShardStore("").read(O.Dump, Sh, Why);
    if (St != ShardStatus::Ok) {
      llvm::errs() << O.Dump << ": error: cannot read shard ("
                   << shardStatusName(St) << "): " << Why << "\n";
      return ExitUsage;
    }
    dumpShard(Sh, llvm::outs());
    return ExitClean;
  }
  Project P;
  if (!openProject(O, P))
    return ExitUsage;
  std::vector<Shard> Shards;
  IndexStats IS = updateIndex(O, P, Shards);
  ProgramGraph G = link(std::move(Shards));
  if (O.Stats == "json")
    llvm::outs() << indexStats(IS, G).dump() << "\n";
  else
    llvm::errs() << "decouple: indexed " << IS.Tus << " TU(s): "
                 << IS.Reextracted << " re-extracted, " << IS.UpToDate
                 << " up to date, " << IS.Failed << " failed"
                 << (IS.Removed ? ", " + std::to_string(IS.Removed) +
                                      " orphan shard(s) removed"
                                : "")
                 << "; " << G.stats().Functions << " functions, "
                 << G.stats().Edges << " call edges, " << IS.UnresolvedIndirect
                 << " unresolved indirect calls ("
                 << llvm::format("%.2f", IS.Seconds) << " s)\n";
  return IS.Failed ? ExitFindings : ExitClean;
}

} // namespace decouple
