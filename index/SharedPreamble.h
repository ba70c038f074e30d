//===- SharedPreamble.h - Heavy leading headers parsed once -----*- C++ -*-===//
//
// The TUs of one target usually start with the same #include lines under
// the same flags. decouple index precompiles such a leading run once (a
// Clang PCH of a generated prefix header, parsed with the TU's own body
// skipping, see BodySkipper) and every TU that starts with it loads the PCH
// instead of parsing those headers again. The TU's own include lines then
// find the headers already included (include guards, #pragma once); a TU
// where that does not hold is parsed again without the PCH, so the shard is
// the same either way. The planning (which TUs share which prefix, when an
// artifact is stale) is the driver's: driver/SharedHeaders.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SHAREDPREAMBLE_H
#define DECOUPLE_INDEX_SHAREDPREAMBLE_H

#include "index/Extractor.h"
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
  /// Whether a project file (FileOwner::Project) is in the PCH. When none
  /// is, nothing in the PCH is walked by the extractor, and a TU parsed on
  /// it walks only its own declarations instead of deserializing them all.
  bool HasProjectFiles = true;
  /// The file each prefix line opened, in order.
  std::vector<std::string> Resolved;
  /// The PCH's include graph, the generated prefix header left out.
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
  std::vector<std::string> Lines; // its include lines (leadingIncludes form)
  SharedPreambleMeta Meta;
};

/// The leading run of a main file's #include lines, before anything else
/// but blank lines and comments. Each comes back as the line the prefix
/// header holds: `#include <x>` or `#include "x"`, except that a quoted
/// name found next to the main file (\p MainDir) is written as its absolute
/// path, since the prefix header lives elsewhere. The run stops at the
/// first other line (a #define, #if, #pragma, code, a macro-named include).
std::vector<std::string> leadingIncludes(llvm::StringRef Text,
                                         llvm::StringRef MainDir);

/// leadingIncludes of a file's first 64 KiB; none when it cannot be read.
std::vector<std::string> leadingIncludesOf(const std::string &Path);

/// Builds \p PchPath from \p HeaderPath in this process, with
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
                         SharedPreambleMeta &Meta,
                         clang::DiagnosticConsumer &Diags);

/// Preprocessor callbacks for a TU parsed on \p Use: they check that the
/// main file's first include lines open the files the PCH holds and that
/// each is skipped as already included. \p Problem is set when not.
std::unique_ptr<clang::PPCallbacks>
checkSharedPreamble(const clang::SourceManager &SM,
                    const SharedPreambleUse &Use, std::string &Problem);

/// A TU's include graph as a parse without the PCH records it: the prefix
/// header out, the PCH's files in.
void mergeSharedPreambleIncludes(std::vector<IncludedFile> &Includes,
                                 const SharedPreambleUse &Use,
                                 const std::string &MainFile);

} // namespace decouple

#endif
