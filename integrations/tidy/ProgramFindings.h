//===- ProgramFindings.h - A check's findings, shared between TUs -*- C++ -*-===//
//
// A check runs over the whole program's Analysis; each TU then reports the
// findings located in its own files. TUs that share the index's Analysis
// (TuAnalysis::ReusedProgram) share this result too, made once per check
// and option values, so a TU no longer pays for running every check over
// the program. The findings keep the order the check produced them in.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_PROGRAMFINDINGS_H
#define DECOUPLE_INTEGRATIONS_TIDY_PROGRAMFINDINGS_H

#include "integrations/tidy/TuAnalysis.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace decouple {

struct ProgramFindings {
  std::vector<Finding> All;   // as run() and markPossiblyIncomplete() made them
  std::vector<std::string> Files; // distinct Finding::Loc.File
  std::vector<uint32_t> FileOf;   // All[I]'s index in Files
};

/// \p Check's findings over \p TU's Analysis, configured with \p Options.
std::shared_ptr<const ProgramFindings>
programFindings(const CouplingCheck &Check,
                const std::map<std::string, std::string> &Options,
                const TuAnalysis &TU);

} // namespace decouple

#endif
