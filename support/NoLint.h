//===- NoLint.h - clang-tidy's NOLINT comments, for any finding -*- C++ -*-===//
//
// Findings from the whole-program run, the clang-tidy plugin and clangd must
// honour the same suppressions, so this follows clang-tidy's
// NoLintDirectiveHandler to the letter:
//
//  * `NOLINT` suppresses on its own line, `NOLINTNEXTLINE` on the next line,
//    and `NOLINTBEGIN` ... `NOLINTEND` everything strictly between the two
//    markers (by byte position, so a finding left of a BEGIN on its line is
//    not covered, nor one right of an END).
//  * A marker is the text `NOLINT` followed by letters spelling one of the
//    four directives; anything else (`NOLINTfoo`) is not a marker. The file is
//    searched as plain text, as clang-tidy does: a marker counts in a string
//    literal or in code too, not only in comments.
//  * An optional `(glob,glob,...)` right after the directive names the checks
//    it covers; `*` matches any run of characters, everything else is
//    literal, items are trimmed, and `-negative` items are ignored. No list,
//    or a `(` left unclosed on the line, covers every check; `()` none.
//  * A BEGIN is closed by the nearest open BEGIN whose check list is the same
//    text (whitespace around items ignored); an END that closes nothing, and
//    a BEGIN left open, are problems ("unmatched ..." as clang-tidy says).
//  * Text after the directive (and its check list) is free; we keep it as the
//    reason, without a leading ':' and a trailing '*/'.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_SUPPORT_NOLINT_H
#define DECOUPLE_SUPPORT_NOLINT_H

#include "llvm/ADT/StringRef.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace decouple {

/// The marker that silenced a finding.
struct NoLintSuppression {
  std::string Directive; // "NOLINT", "NOLINTNEXTLINE" or "NOLINTBEGIN"
  std::string Reason;    // the free text after the marker, may be empty
  unsigned Line = 0;     // where the marker is (1-based)
};

/// The NOLINT markers of one file, parsed once from its text.
class NoLintIndex {
public:
  struct Problem {
    unsigned Line = 0, Column = 0; // of the marker's 'N', 1-based
    std::string Message;
  };

  static NoLintIndex parse(llvm::StringRef FileText);

  /// The marker that suppresses \p CheckId for a finding at \p Line and
  /// \p Column (1-based bytes; 0 means the start of the line), if any.
  std::optional<NoLintSuppression>
  suppresses(unsigned Line, llvm::StringRef CheckId, unsigned Column = 0) const;

  /// Unmatched NOLINTBEGIN / NOLINTEND markers, in file order.
  const std::vector<Problem> &problems() const { return Problems; }

private:
  enum class Kind { NoLint, NextLine, Begin, End };
  struct Marker {
    Kind Type;
    size_t Offset; // of the 'N'
    unsigned Line;
    std::optional<std::string> Checks; // trimmed list; none means all
    std::vector<std::string> Globs;    // its positive items
    std::string Reason;
    bool covers(llvm::StringRef CheckId) const;
  };
  struct Block {
    size_t BeginOffset, EndOffset;
    size_t BeginMarker; // index into Markers
  };

  std::optional<NoLintSuppression> lineMarker(unsigned Line, Kind Type,
                                              llvm::StringRef CheckId) const;

  std::vector<size_t> LineStarts; // offset of each line, LineStarts[0] = 0
  std::vector<Marker> Markers;    // in file order
  std::vector<Block> Blocks;      // in the order they were closed
  std::vector<Problem> Problems;
};

/// NoLintIndex per file, read on first use. Safe to share between threads.
class NoLintCache {
public:
  /// As NoLintIndex::suppresses for \p File; nothing for an unreadable file.
  std::optional<NoLintSuppression> suppresses(const std::string &File,
                                              unsigned Line,
                                              llvm::StringRef CheckId,
                                              unsigned Column = 0);
  /// The index of \p File (an absolute path), or null if it cannot be read.
  const NoLintIndex *index(const std::string &File);

private:
  std::mutex Lock;
  std::map<std::string, std::optional<NoLintIndex>> Files;
};

} // namespace decouple

#endif
