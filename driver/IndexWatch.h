//===- IndexWatch.h - decouple index --watch --------------------*- C++ -*-===//
//
// Keeps the index fresh for the editor: index, then sleep until a file the
// index read changes (inotify on the directories holding them: no polling,
// no CPU while idle), then index again, which re-extracts only the stale
// TUs. The files are each TU's main file and the headers its include graph
// recorded inside the project root, the compile database, .decouple.json
// and the rule files; the compile database and the config are re-read each
// round, so a TU added to the database is indexed too. SIGINT/SIGTERM while
// waiting ends the watch with exit 0; during a round the indexer's own
// interrupt handling applies (RunGuard.h: finished shards are kept).
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_INDEXWATCH_H
#define DECOUPLE_DRIVER_INDEXWATCH_H

#include "driver/CommandLine.h"
#include "driver/Indexer.h"
#include "driver/Project.h"

#include <set>
#include <string>

namespace decouple {

/// decouple index --watch.
int watchIndex(const Options &O);

/// What a round of indexing read that a change to must trigger the next:
/// absolute paths (exposed for tests).
std::set<std::string> filesToWatch(const Project &P, const Options &O);

/// The line 'decouple index' ends a round with.
void printIndexSummary(const Options &O, const IndexStats &IS,
                       const ProgramGraph &G);

} // namespace decouple

#endif
