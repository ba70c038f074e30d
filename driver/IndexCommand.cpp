//===- IndexCommand.cpp - decouple index -----------------------------------===//
#include "driver/Commands.h"
#include "driver/IndexWatch.h"
#include "driver/Project.h"
#include "index/ShardDump.h"

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
  if (O.Watch)
    return watchIndex(O);
  Project P;
  if (!openProject(O, P))
    return ExitUsage;
  LinkedProgram &L = indexAndLinkUnfreed(O, P);
  L.Graph.finalize();
  const IndexStats &IS = L.Index;
  printIndexSummary(O, IS, L.Graph);
  return IS.Failed ? ExitFindings : ExitClean;
}

} // namespace decouple
