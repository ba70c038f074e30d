//===- TuFileLookup.h - Where a finding's file is in this TU ----*- C++ -*-===//
//
// A finding names its file by path; a diagnostic needs a SourceLocation.
// SourceManager::translateFile scans every source-location entry for the
// file, and on clangd's preamble that deserializes each entry: 11 ms per
// check on examples/orders/order_service.cpp, more than the check itself
// (docs/performance.md). So each path is looked up once per check, and a
// file the header search never saw (another TU's .cpp) is not scanned for.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_TUFILELOOKUP_H
#define DECOUPLE_INTEGRATIONS_TIDY_TUFILELOOKUP_H

#include "index/TuSummary.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringMap.h"

namespace clang {
class Preprocessor;
}

namespace decouple {

class TuFileLookup {
public:
  /// \p PP may be null: then every file not the main one is scanned for.
  TuFileLookup(clang::SourceManager &SM, const clang::Preprocessor *PP)
      : SM(SM), PP(PP) {}

  /// The location of \p L in this TU. A file the TU did not read is loaded
  /// when \p LoadOtherFiles (a witness hop in another TU keeps its real
  /// place: clang-tidy prints it there, clangd sends relatedInformation).
  clang::SourceLocation at(const Location &L, bool LoadOtherFiles = false);

private:
  clang::FileID fileOf(llvm::StringRef Path, bool LoadOtherFiles);
  bool mayHaveRead(clang::FileEntryRef File) const;

  clang::SourceManager &SM;
  const clang::Preprocessor *PP;
  llvm::StringMap<clang::FileID> Known; // invalid: not read, not loaded
};

} // namespace decouple

#endif
