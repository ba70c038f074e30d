//===- AnalyseAndReport.h - The part check and merge share ------*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_ANALYSEANDREPORT_H
#define DECOUPLE_DRIVER_ANALYSEANDREPORT_H

#include "driver/Project.h"

namespace decouple {

/// Analyses a linked program and reports: runs the checks, applies the
/// baseline and budget gates, writes the report (--format, -o) and the end
/// summary. Adds its timings to \p Stats. Returns the exit code.
int analyseAndReport(const Options &O, const ProjectSession &S,
                     const ProgramGraph &G, const FileFilter &Filter,
                     nlohmann::json &Stats);

} // namespace decouple

#endif
