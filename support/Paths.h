//===- Paths.h - The one path normaliser ------------------------*- C++ -*-===//
//
// Every door compares paths: the extractor's locations, the CLI's file
// filters, the compile database, the index, and clang-tidy's main file. They
// all go through here, so a symlinked checkout or "a/../b" names one file.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_SUPPORT_PATHS_H
#define DECOUPLE_SUPPORT_PATHS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace decouple {

/// Absolute (against \p Base, or the working directory when empty), with
/// "." and ".." removed, and symlinks resolved when the path exists.
std::string normalizePath(llvm::StringRef Path, llvm::StringRef Base = "");

/// normalizePath for many paths in one go (a compile database's): each
/// directory is resolved once, and a file that is not itself a symlink
/// costs one lstat instead of a realpath walk. Results are normalizePath's;
/// keep one only while the file system cannot change under it.
class PathNormalizer {
public:
  std::string operator()(llvm::StringRef Path, llvm::StringRef Base = "");

private:
  llvm::StringMap<std::string> Bases;               // Base -> normalised
  llvm::StringMap<std::optional<std::string>> Real; // directory -> real path
};

/// Whether \p Path is \p Dir or lies below it (both normalised).
bool isUnderDirectory(llvm::StringRef Path, llvm::StringRef Dir);

/// \p Path relative to \p Root when it lies below it; otherwise unchanged.
/// The index stores paths this way so that it can move with the project.
std::string relativeToRoot(llvm::StringRef Path, llvm::StringRef Root);

/// The inverse of relativeToRoot: a relative \p Stored is joined to \p Root.
std::string resolveFromRoot(llvm::StringRef Stored, llvm::StringRef Root);

/// A relative path that leads from directory \p From to \p To (both
/// absolute and normalised), e.g. "../.." or "." .
std::string relativePath(llvm::StringRef From, llvm::StringRef To);

/// The deepest directory holding every path given (their parent dirs).
class CommonDirectory {
public:
  void add(llvm::StringRef File);
  const std::string &get() const { return Dir; }

private:
  std::string Dir;
  bool Any = false;
};

} // namespace decouple

#endif
