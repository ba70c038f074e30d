//===- IncludeWalk.h - The include lines a TU starts with, deeply -*- C++ -*-===//
//
// Which headers a TU includes before anything else happens, followed into
// the project's own headers. The main file's leading #include lines are read
// as text; each that opens a project header (index/ExtractAction's
// ownerOfFile) is followed into that header, past its include guard, and
// the walk goes on there. The walk ends at the first line of any file that
// is not a plain #include: a #define, an #if, code. So every header it
// lists is preceded only by other #include lines and by include guards, and
// nothing can have changed how it parses.
//
// The headers it meets that are not the project's (a library's, a
// generated *.pb.h) are what a shared precompiled header may hold
// (index/SharedPreamble); the C and C++ standard library headers among
// them are set aside, since the standards let them be included in any
// order ([using.headers], C 7.1.2).
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_INCLUDEWALK_H
#define DECOUPLE_INDEX_INCLUDEWALK_H

#include "index/Extractor.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace decouple {

/// Where a command's quoted and angled includes are searched, as clang's
/// driver reads its flags (-iquote, -I and every other spelling).
struct IncludeSearch {
  std::vector<std::string> Quoted; // searched by "x" only, after its file's dir
  std::vector<std::string> Angled; // searched by "x" and <x>
  bool Valid = false;              // the command could be read
};

/// \p Arguments: a sanitised command, argv[0] first, its source file in.
IncludeSearch includeSearchOf(const std::vector<std::string> &Arguments,
                              const std::string &Directory);

/// One #include line the walk met, in the order the preprocessor meets it.
struct IncludeStep {
  enum Kind : uint8_t {
    Shared,   // a library's or generated header: Line is what a PCH holds
    Standard, // a standard library header: may move
    Project,  // a project header, followed into (Path)
  } K = Shared;
  std::string Line;     // `#include <x>` / `#include "x"` (absolute when
                        // found next to the file that includes it)
  std::string Includer; // the file the line is in
  std::string Path;     // Project: the header it opens
};

std::vector<IncludeStep> walkLeadingIncludes(const std::string &MainFile,
                                             const IncludeSearch &Search,
                                             const ExtractOptions &Options);

/// The distinct Shared lines of \p Steps, in order: what a TU can be parsed
/// on a PCH of any leading part of.
std::vector<std::string> sharedIncludeLines(const std::vector<IncludeStep> &Steps);

/// Whether <\p Name> is a header of the C or C++ standard library that may
/// be included in any order (<cassert>/<assert.h> may not).
bool isStandardLibraryHeader(llvm::StringRef Name);

} // namespace decouple

#endif
