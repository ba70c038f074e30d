//===- MapCommand.h - decouple map: write or diff the service map -*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_MAPCOMMAND_H
#define DECOUPLE_DRIVER_MAPCOMMAND_H

#include "analysis/Analysis.h"
#include "checks/Finding.h"
#include "driver/CommandLine.h"
#include "session/ProjectSession.h"

namespace decouple {

/// Whether --format names a map format (html is rejected later, with why).
bool isMapFormat(const std::string &Format);

/// The part of `decouple map` after the program is linked and the checks
/// ran: builds the map, then writes it (--format, -o) or diffs it (--diff).
int writeOrDiffMap(const Options &O, const ProjectSession &S, const Analysis &A,
                   const std::vector<Finding> &Findings);

} // namespace decouple

#endif
