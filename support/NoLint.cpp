//===- NoLint.cpp ---------------------------------------------------------===//
#include "support/NoLint.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace decouple {

namespace {

constexpr llvm::StringLiteral MarkerText = "NOLINT";

/// clang-tidy's check globs: `*` is any run of characters, the rest literal.
bool wildcardMatch(llvm::StringRef Pattern, llvm::StringRef Text) {
  size_t P = 0, T = 0, StarP = llvm::StringRef::npos, StarT = 0;
  while (T < Text.size()) {
    if (P < Pattern.size() && Pattern[P] == '*') {
      StarP = P++;
      StarT = T;
    } else if (P < Pattern.size() && Pattern[P] == Text[T]) {
      ++P;
      ++T;
    } else if (StarP != llvm::StringRef::npos) {
      P = StarP + 1;
      T = ++StarT;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
}

/// The positive globs of a check list, split as clang-tidy's GlobList does
/// (on ',' and newlines, items trimmed); negative ones cannot widen a
/// suppression, so clang-tidy drops them and so do we.
std::vector<std::string> positiveGlobs(llvm::StringRef List) {
  std::vector<std::string> Out;
  do {
    List = List.trim();
    bool Negative = List.consume_front("-");
    size_t Cut = List.find_first_of(",\n");
    llvm::StringRef Item = List.substr(0, Cut);
    List = Cut == llvm::StringRef::npos ? llvm::StringRef() : List.substr(Cut + 1);
    if (!Negative)
      Out.push_back(Item.trim().str());
  } while (!List.empty());
  return Out;
}

/// The list with the whitespace around each item removed: BEGIN and END
/// match when these are equal.
std::string canonicalList(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef> Items;
  List.split(Items, ',');
  for (llvm::StringRef &Item : Items)
    Item = Item.trim();
  return llvm::join(Items, ",");
}

/// The free text after a marker: up to the end of its line, the end of a
/// block comment or the next marker, without a leading ':'.
std::string reasonAt(llvm::StringRef Text, size_t From) {
  llvm::StringRef Rest = Text.substr(From);
  Rest = Rest.take_until([](char C) { return C == '\n'; });
  Rest = Rest.substr(0, std::min(Rest.find("*/"), Rest.find(MarkerText)));
  Rest = Rest.trim();
  if (Rest.consume_front(":"))
    Rest = Rest.trim();
  return Rest.str();
}

const char *directiveName(bool NextLine) {
  return NextLine ? "NOLINTNEXTLINE" : "NOLINT";
}

} // namespace

bool NoLintIndex::Marker::covers(llvm::StringRef CheckId) const {
  if (!Checks)
    return true;
  return llvm::any_of(Globs, [&](const std::string &Glob) {
    return wildcardMatch(Glob, CheckId);
  });
}

NoLintIndex NoLintIndex::parse(llvm::StringRef Text) {
  NoLintIndex Index;
  Index.LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      Index.LineStarts.push_back(I + 1);
  auto lineOf = [&](size_t Offset) {
    return static_cast<unsigned>(std::upper_bound(Index.LineStarts.begin(),
                                                  Index.LineStarts.end(),
                                                  Offset) -
                                 Index.LineStarts.begin());
  };

  size_t Pos = 0;
  while (Pos < Text.size()) {
    size_t Start = Text.find(MarkerText, Pos);
    if (Start == llvm::StringRef::npos)
      break;
    Pos = Start + MarkerText.size();
    while (Pos < Text.size() && llvm::isAlpha(Text[Pos]))
      ++Pos;
    llvm::StringRef Word = Text.slice(Start, Pos);
    Kind Type;
    if (Word == "NOLINT")
      Type = Kind::NoLint;
    else if (Word == "NOLINTNEXTLINE")
      Type = Kind::NextLine;
    else if (Word == "NOLINTBEGIN")
      Type = Kind::Begin;
    else if (Word == "NOLINTEND")
      Type = Kind::End;
    else
      continue;

    Marker M{Type, Start, lineOf(Start), std::nullopt, {}, {}};
    if (Pos < Text.size() && Text[Pos] == '(') {
      size_t Close = Text.find_first_of("\n)", ++Pos);
      if (Close != llvm::StringRef::npos && Text[Close] == ')') {
        llvm::StringRef List = Text.slice(Pos, Close);
        M.Checks = canonicalList(List);
        M.Globs = positiveGlobs(List);
        Pos = Close + 1;
      }
    }
    M.Reason = reasonAt(Text, Pos);
    Index.Markers.push_back(std::move(M));
  }

  // Blocks nest: an END closes the innermost open BEGIN, and only if their
  // check lists agree; otherwise the END is unmatched and nothing closes.
  std::vector<size_t> Open;
  std::vector<size_t> Unmatched;
  for (size_t I = 0; I < Index.Markers.size(); ++I) {
    const Marker &M = Index.Markers[I];
    if (M.Type == Kind::Begin) {
      Open.push_back(I);
    } else if (M.Type == Kind::End) {
      if (!Open.empty() && Index.Markers[Open.back()].Checks == M.Checks) {
        Index.Blocks.push_back(
            {Index.Markers[Open.back()].Offset, M.Offset, Open.back()});
        Open.pop_back();
      } else {
        Unmatched.push_back(I);
      }
    }
  }
  Unmatched.insert(Unmatched.end(), Open.begin(), Open.end());
  std::sort(Unmatched.begin(), Unmatched.end());
  for (size_t I : Unmatched) {
    const Marker &M = Index.Markers[I];
    Problem P;
    P.Line = M.Line;
    P.Column = static_cast<unsigned>(M.Offset - Index.LineStarts[M.Line - 1]) + 1;
    P.Message = M.Type == Kind::Begin
                    ? "unmatched 'NOLINTBEGIN' comment without a subsequent "
                      "'NOLINTEND' comment"
                    : "unmatched 'NOLINTEND' comment without a previous "
                      "'NOLINTBEGIN' comment";
    Index.Problems.push_back(std::move(P));
  }
  return Index;
}

std::optional<NoLintSuppression>
NoLintIndex::lineMarker(unsigned Line, Kind Type,
                        llvm::StringRef CheckId) const {
  auto First = std::partition_point(Markers.begin(), Markers.end(),
                                    [&](const Marker &M) { return M.Line < Line; });
  for (auto It = First; It != Markers.end() && It->Line == Line; ++It)
    if (It->Type == Type && It->covers(CheckId))
      return NoLintSuppression{directiveName(Type == Kind::NextLine),
                               It->Reason, It->Line};
  return std::nullopt;
}

std::optional<NoLintSuppression>
NoLintIndex::suppresses(unsigned Line, llvm::StringRef CheckId,
                        unsigned Column) const {
  if (Line == 0 || Line > LineStarts.size())
    return std::nullopt;
  if (auto S = lineMarker(Line, Kind::NoLint, CheckId))
    return S;
  if (Line > 1)
    if (auto S = lineMarker(Line - 1, Kind::NextLine, CheckId))
      return S;
  size_t Offset = LineStarts[Line - 1] + (Column ? Column - 1 : 0);
  for (const Block &B : Blocks) {
    const Marker &Begin = Markers[B.BeginMarker];
    if (B.BeginOffset < Offset && Offset < B.EndOffset &&
        Begin.covers(CheckId))
      return NoLintSuppression{"NOLINTBEGIN", Begin.Reason, Begin.Line};
  }
  return std::nullopt;
}

const NoLintIndex *NoLintCache::index(const std::string &File) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto [It, Inserted] = Files.try_emplace(File);
  if (Inserted) {
    std::ifstream In(File, std::ios::binary);
    if (In) {
      std::ostringstream Text;
      Text << In.rdbuf();
      It->second = NoLintIndex::parse(Text.str());
    }
  }
  return It->second ? &*It->second : nullptr;
}

std::optional<NoLintSuppression>
NoLintCache::suppresses(const std::string &File, unsigned Line,
                        llvm::StringRef CheckId, unsigned Column) {
  const NoLintIndex *Index = index(File);
  if (!Index)
    return std::nullopt;
  return Index->suppresses(Line, CheckId, Column);
}

} // namespace decouple
