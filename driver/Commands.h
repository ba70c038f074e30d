//===- Commands.h - The subcommands runDriver dispatches to -----*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_COMMANDS_H
#define DECOUPLE_DRIVER_COMMANDS_H

#include "driver/CommandLine.h"

namespace decouple {

/// decouple check (CheckCommand.cpp): index, link, analyse, report.
int runCheck(const Options &O);
/// decouple baseline (CheckCommand.cpp): check, writing only the baseline.
int runBaseline(const Options &O);
/// decouple merge (MergeCommand.cpp): link shard directories and report.
int runMerge(const Options &O);
/// decouple index (IndexCommand.cpp).
int runIndex(const Options &O);
/// decouple map (MapCommand.cpp).
int runMap(const Options &O);
/// decouple rules (RulesCommand.cpp): --list or --validate.
int runRules(const Options &O);

} // namespace decouple

#endif
