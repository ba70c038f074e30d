//===- ClangTidyOptions.h - CheckOptions from .clang-tidy files -*- C++ -*-===//
//
// The CLI honours the same .clang-tidy CheckOptions that clang-tidy and
// decouple-clangd see, so `coupling-fan-out.MaxCalls: 1` means the same in
// every door. Inside clang-tidy, clang-tidy itself reads these files.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_SESSION_CLANGTIDYOPTIONS_H
#define DECOUPLE_SESSION_CLANGTIDYOPTIONS_H

#include <map>
#include <string>
#include <vector>

namespace decouple {

struct ClangTidyFileOptions {
  /// Files read, nearest first (InheritParentConfig pulls in parents).
  std::vector<std::string> Files;
  /// "check-id.Option" -> value; a nearer file wins.
  std::map<std::string, std::string> CheckOptions;
};

/// Reads the nearest .clang-tidy at or above \p Dir, and its parents while
/// a file says InheritParentConfig: true. Malformed YAML is an error with
/// file:line:col.
bool readClangTidyOptions(const std::string &Dir, ClangTidyFileOptions &Out,
                          std::vector<std::string> &Errors);

} // namespace decouple

#endif
