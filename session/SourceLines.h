//===- SourceLines.h - Source lines read on demand, once per file -*- C++ -*-===//
#ifndef DECOUPLE_SESSION_SOURCELINES_H
#define DECOUPLE_SESSION_SOURCELINES_H

#include "index/TuSummary.h"

#include <map>
#include <string>
#include <vector>

namespace decouple {

/// Reads source lines on demand, once per file.
class SourceLines {
public:
  /// The 1-based line, or null.
  const std::string *line(const std::string &File, unsigned Line);
  /// The position \p Length bytes after \p Loc (for fix-it ranges).
  Location advance(const Location &Loc, unsigned Length);

private:
  std::map<std::string, std::vector<std::string>> Files;
};

} // namespace decouple

#endif
