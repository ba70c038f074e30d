//===- SharedPreamble.h - Heavy leading headers parsed once -----*- C++ -*-===//
//
// The TUs of one target usually open the same library headers first under
// the same flags. decouple index precompiles such a run once (a Clang PCH
// of a generated prefix header, chained on a shorter one's when there is
// one, parsed with the TU's own body skipping, see BodySkipper) and every TU
// that starts with it loads the PCH instead of parsing those headers again.
// The TU's own include lines then find the headers already included
// (include guards, #pragma once); a TU where that does not hold is parsed
// again without the PCH, so the shard is the same either way. The planning
// (which TUs share which prefix, when an artifact is stale) is the
// driver's: driver/SharedHeaders; which headers a TU opens first is
// index/IncludeWalk's.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SHAREDPREAMBLE_H
#define DECOUPLE_INDEX_SHAREDPREAMBLE_H

#include "index/Extractor.h"
#include "index/IncludeWalk.h"
#include "index/ShardKey.h"

#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace clang {
class DiagnosticConsumer;
class PPCallbacks;
class SourceManager;
} // namespace clang

namespace decouple {

/// What a built artifact records beside its PCH (<name>.meta).
struct SharedPreambleMeta {
  ShardKey Key;
  bool Built = false;
  std::string Failure; // why the PCH could not be built
  std::string Header;  // the prefix header as the parse named it
  std::string Parent;  // the artifact this one is chained on, or empty
  /// Whether a project file (FileOwner::Project) is in the PCH. When none
  /// is, nothing in the PCH is walked by the extractor, and a TU parsed on
  /// it walks only its own declarations instead of deserializing them all.
  bool HasProjectFiles = true;
  /// The file each prefix line opened, in order (a parent's lines first).
  std::vector<std::string> Resolved;
  /// The PCH's include graph with its parent's, prefix headers left out.
  std::vector<IncludedFile> Includes;
};

bool writeSharedPreambleMeta(const std::string &Path,
                             const SharedPreambleMeta &Meta,
                             std::string &Error);
/// False when the file is missing or not a meta file of this format.
bool readSharedPreambleMeta(const std::string &Path, SharedPreambleMeta &Meta);

/// One artifact as a TU's parse uses it.
struct SharedPreambleUse {
  std::string PchPath;
  std::vector<std::string> Lines; // its include lines (IncludeStep::Line form)
  SharedPreambleMeta Meta;
};

/// Builds \p PchPath from \p HeaderPath in this process, chained on
/// \p Parent's PCH when there is one (the header then holds only the lines
/// after the parent's, and \p Meta records all of them), with
/// \p Arguments (a TU's sanitised command, argv[0] first, its source file
/// removed) run in \p Directory, skipping the bodies the TU's parse skips.
/// \p Language is the -x of the header ("c++-header"). Fills \p Meta's
/// Built, Failure, Header, Resolved and Includes; errors go to \p Diags.
void buildSharedPreamble(const std::string &Directory,
                         std::vector<std::string> Arguments,
                         const std::string &HeaderPath,
                         const std::string &PchPath,
                         const std::string &Language,
                         const ExtractOptions &Options,
                         const SharedPreambleUse *Parent,
                         SharedPreambleMeta &Meta,
                         clang::DiagnosticConsumer &Diags);

/// Preprocessor callbacks for a TU parsed on \p Use, whose leading include
/// lines walked to \p Steps (index/IncludeWalk): they check that each line
/// up to the last one the PCH holds opens the file the walk planned (a
/// project header) or the PCH's build found, and that each the PCH holds is
/// skipped as already included. \p Problem is set when not.
std::unique_ptr<clang::PPCallbacks>
checkSharedPreamble(const clang::SourceManager &SM,
                    const SharedPreambleUse &Use,
                    const std::vector<IncludeStep> &Steps,
                    std::string &Problem);

/// A TU's include graph as a parse without the PCH records it: the prefix
/// header out, the PCH's files in.
void mergeSharedPreambleIncludes(std::vector<IncludedFile> &Includes,
                                 const SharedPreambleUse &Use,
                                 const std::string &MainFile);

} // namespace decouple

#endif
