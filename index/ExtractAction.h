//===- ExtractAction.h - Which files the extractor reads --------*- C++ -*-===//
//
// The frontend side of the extractor, as clangd's IndexAction is of its
// index: ExtractAction (declared in Extractor.h) parses a TU skipping the
// bodies no request path can be in, and hands the AST to the SummaryBuilder.
// Both ask the same question of a file: is it the project's own code?
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_EXTRACTACTION_H
#define DECOUPLE_INDEX_EXTRACTACTION_H

#include "index/Extractor.h"
#include "index/TuSummary.h"

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <utility>
#include <vector>

namespace clang {
class SourceManager;
}

namespace decouple {

/// Code generated from an IDL declares the APIs; its bodies are the
/// framework's plumbing, not the project's request paths. The patterns are
/// in index/FrameworkVocabulary.def.
bool isGeneratedFile(llvm::StringRef Path);

/// Whether a file's function bodies can hold the project's request paths.
bool isProjectFile(llvm::StringRef Path, bool System,
                   const ExtractOptions &Options);

/// The files of one parsed TU: their paths, whether they are the project's,
/// and locations in them. Answers are cached per file.
class TuFiles {
public:
  TuFiles(clang::SourceManager &SM, const ExtractOptions &Options)
      : SM(SM), Options(Options) {}

  /// Whether \p L (its expansion) is in a project file.
  bool isProject(clang::SourceLocation L);
  /// The file, line and column of \p L's expansion.
  Location locOf(clang::SourceLocation L);
  /// Every file in the include graph with its content digest: \p MainFile
  /// first, then by path.
  std::vector<IncludedFile> digestIncludes(const std::string &MainFile) const;

private:
  clang::SourceManager &SM;
  const ExtractOptions &Options;
  llvm::DenseMap<clang::FileID, std::pair<std::string, bool>>
      Files; // path, project

  const std::pair<std::string, bool> &fileInfo(clang::FileID ID);
};

} // namespace decouple

#endif
