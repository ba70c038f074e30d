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
class Decl;
class SourceManager;
}

namespace decouple {

/// Code generated from an IDL declares the APIs; its bodies are the
/// framework's plumbing, not the project's request paths. Decided by the
/// path, or by a generator's banner in \p Head (the file's first bytes). The
/// patterns are in index/FrameworkVocabulary.def.
bool isGeneratedFile(llvm::StringRef Path, llvm::StringRef Head = "");
/// Whether \p Path is named like an IDL compiler's output (*.pb.h, gen-cpp/).
bool hasGeneratedName(llvm::StringRef Path);

/// Whose code a file is: the one home of "project file or not".
enum class FileOwner : uint8_t {
  Project,    // its bodies hold the project's request paths
  Generated,  // IDL output: never a finding's line, looked through
  ThirdParty, // a system header, or outside --project-root
};
FileOwner ownerOfFile(llvm::StringRef Path, bool System, llvm::StringRef Head,
                      const ExtractOptions &Options);

/// The first five lines of \p ID (at most 1 KB), where generators put
/// their banner; a comment further down that quotes one does not count.
llvm::StringRef headOfFile(const clang::SourceManager &SM, clang::FileID ID);
/// The same of a file's text.
llvm::StringRef headOfText(llvm::StringRef Data);

/// Sorts an include graph as a shard stores it (\p MainFile first, then by
/// path) and drops repeated paths.
void sortIncludes(std::vector<IncludedFile> &Includes,
                  const std::string &MainFile);

/// Which function bodies a parse skips: the one home of that decision, for
/// the TU's own parse and for the shared headers precompiled for it
/// (index/SharedPreamble), so both keep exactly the same bodies.
class BodySkipper {
public:
  BodySkipper(const clang::SourceManager &SM, const ExtractOptions &Options)
      : SM(SM), Options(Options) {}
  bool skip(const clang::Decl *D);

private:
  /// One of FrameworkVocabulary.def's KEPT_BODY functions.
  static bool isKeptBody(const clang::Decl *D);

  const clang::SourceManager &SM;
  const ExtractOptions &Options;
  llvm::DenseMap<clang::FileID, bool> Skip;
};

/// The files of one parsed TU: their paths, whether they are the project's,
/// and locations in them. Answers are cached per file.
class TuFiles {
public:
  TuFiles(clang::SourceManager &SM, const ExtractOptions &Options)
      : SM(SM), Options(Options) {}

  /// Whose code \p L (its expansion) is in.
  FileOwner ownerOf(clang::SourceLocation L);
  bool isProject(clang::SourceLocation L) {
    return ownerOf(L) == FileOwner::Project;
  }
  /// The file, line and column of \p L's expansion.
  Location locOf(clang::SourceLocation L);
  /// Every file in the include graph with its content digest: \p MainFile
  /// first, then by path.
  std::vector<IncludedFile> digestIncludes(const std::string &MainFile) const;

private:
  clang::SourceManager &SM;
  const ExtractOptions &Options;
  llvm::DenseMap<clang::FileID, std::pair<std::string, FileOwner>> Files;

  const std::pair<std::string, FileOwner> &fileInfo(clang::FileID ID);
};

} // namespace decouple

#endif
