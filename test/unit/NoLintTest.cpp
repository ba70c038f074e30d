#include "support/NoLint.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using decouple::NoLintCache;
using decouple::NoLintIndex;

namespace {

constexpr const char *Sync = "coupling-sync-call-in-request-path";
constexpr const char *FanOut = "coupling-fan-out";

bool silenced(const NoLintIndex &I, unsigned Line, const char *Check,
              unsigned Column = 0) {
  return I.suppresses(Line, Check, Column).has_value();
}

} // namespace

TEST(NoLint, NoLintCoversItsOwnLineOnly) {
  NoLintIndex I = NoLintIndex::parse("a();\n"
                                     "b(); // NOLINT\n"
                                     "c();\n");
  EXPECT_FALSE(silenced(I, 1, Sync));
  auto S = I.suppresses(2, Sync);
  ASSERT_TRUE(S);
  EXPECT_EQ(S->Directive, "NOLINT");
  EXPECT_EQ(S->Line, 2u);
  EXPECT_EQ(S->Reason, "");
  EXPECT_FALSE(silenced(I, 3, Sync));
  EXPECT_TRUE(I.problems().empty());
}

TEST(NoLint, NextLineCoversTheFollowingLineOnly) {
  NoLintIndex I = NoLintIndex::parse("// NOLINTNEXTLINE\n"
                                     "a();\n"
                                     "b();\n");
  EXPECT_FALSE(silenced(I, 1, Sync));
  auto S = I.suppresses(2, Sync);
  ASSERT_TRUE(S);
  EXPECT_EQ(S->Directive, "NOLINTNEXTLINE");
  EXPECT_EQ(S->Line, 1u);
  EXPECT_FALSE(silenced(I, 3, Sync));
}

TEST(NoLint, NextLineOnTheLastLineCoversNothing) {
  NoLintIndex I = NoLintIndex::parse("a();\n// NOLINTNEXTLINE");
  EXPECT_FALSE(silenced(I, 1, Sync));
  EXPECT_FALSE(silenced(I, 2, Sync));
  EXPECT_FALSE(silenced(I, 3, Sync));
  EXPECT_FALSE(silenced(I, 0, Sync));
}

TEST(NoLint, OnlyTheFourDirectivesAreMarkers) {
  NoLintIndex I = NoLintIndex::parse("a(); // NOLINTfoo\n"
                                     "b(); // NOLINTNEXTLINEX\n"
                                     "c(); // NOLINT_ but this one counts\n"
                                     "d(); // xNOLINT counts too\n"
                                     "e(); // nolint\n");
  EXPECT_FALSE(silenced(I, 1, Sync));
  EXPECT_FALSE(silenced(I, 2, Sync));
  EXPECT_TRUE(silenced(I, 3, Sync));
  EXPECT_TRUE(silenced(I, 4, Sync));
  EXPECT_FALSE(silenced(I, 5, Sync));
}

TEST(NoLint, MarkersAreFoundOutsideCommentsToo) {
  // clang-tidy searches the raw text, so a marker in a string literal counts.
  NoLintIndex I = NoLintIndex::parse("log(\"NOLINT\"); call();\n");
  EXPECT_TRUE(silenced(I, 1, Sync));
}

TEST(NoLint, CheckListsAreGlobs) {
  NoLintIndex I = NoLintIndex::parse(
      "a(); // NOLINT(coupling-sync-call-in-request-path)\n"
      "b(); // NOLINT(coupling-*)\n"
      "c(); // NOLINT(*)\n"
      "d(); // NOLINT(some-check, coupling-fan-out )\n"
      "e(); // NOLINT(other-check)\n"
      "f(); // NOLINT()\n"
      "g(); // NOLINT(*-fan-*)\n"
      "h(); // NOLINT(coupling-?an-out,coupling-{fan}-out)\n");
  EXPECT_TRUE(silenced(I, 1, Sync));
  EXPECT_FALSE(silenced(I, 1, FanOut));
  EXPECT_TRUE(silenced(I, 2, Sync));
  EXPECT_TRUE(silenced(I, 2, FanOut));
  EXPECT_FALSE(silenced(I, 2, "bugprone-foo"));
  EXPECT_TRUE(silenced(I, 3, "bugprone-foo"));
  EXPECT_TRUE(silenced(I, 4, FanOut));
  EXPECT_FALSE(silenced(I, 4, Sync));
  EXPECT_FALSE(silenced(I, 5, Sync));
  EXPECT_FALSE(silenced(I, 6, Sync));
  EXPECT_TRUE(silenced(I, 7, FanOut));
  EXPECT_FALSE(silenced(I, 7, Sync));
  // Only '*' is special in clang-tidy's check globs.
  EXPECT_FALSE(silenced(I, 8, FanOut));
}

TEST(NoLint, NegativeGlobsAreIgnored) {
  NoLintIndex I = NoLintIndex::parse("a(); // NOLINT(-coupling-fan-out)\n"
                                     "b(); // NOLINT(*,-coupling-fan-out)\n");
  EXPECT_FALSE(silenced(I, 1, FanOut));
  EXPECT_FALSE(silenced(I, 1, Sync));
  EXPECT_TRUE(silenced(I, 2, FanOut));
  EXPECT_TRUE(silenced(I, 2, Sync));
}

TEST(NoLint, UnclosedCheckListCoversEverything) {
  NoLintIndex I = NoLintIndex::parse("a(); // NOLINT(coupling-fan-out\n"
                                     "b(); // )\n");
  EXPECT_TRUE(silenced(I, 1, Sync));
  EXPECT_FALSE(silenced(I, 2, Sync));
}

TEST(NoLint, TextAfterTheMarkerIsTheReason) {
  NoLintIndex I = NoLintIndex::parse(
      "a(); // NOLINT(coupling-*): the cache warms up first\n"
      "b(); /* NOLINT legacy path */ c();\n"
      "// NOLINTNEXTLINE(coupling-fan-out) : batched upstream\n"
      "d();\n"
      "e(); // NOLINT without-brackets-skip-all, another-check\n");
  EXPECT_EQ(I.suppresses(1, Sync)->Reason, "the cache warms up first");
  EXPECT_EQ(I.suppresses(2, Sync)->Reason, "legacy path");
  EXPECT_EQ(I.suppresses(4, FanOut)->Reason, "batched upstream");
  EXPECT_FALSE(silenced(I, 4, Sync));
  EXPECT_EQ(I.suppresses(5, Sync)->Reason,
            "without-brackets-skip-all, another-check");
}

TEST(NoLint, BlocksCoverWhatLiesBetweenTheirMarkers) {
  NoLintIndex I = NoLintIndex::parse("a();\n"
                                     "// NOLINTBEGIN(coupling-*): migration\n"
                                     "b();\n"
                                     "c();\n"
                                     "// NOLINTEND(coupling-*)\n"
                                     "d();\n");
  EXPECT_FALSE(silenced(I, 1, Sync));
  auto S = I.suppresses(3, Sync);
  ASSERT_TRUE(S);
  EXPECT_EQ(S->Directive, "NOLINTBEGIN");
  EXPECT_EQ(S->Line, 2u);
  EXPECT_EQ(S->Reason, "migration");
  EXPECT_TRUE(silenced(I, 4, FanOut));
  EXPECT_FALSE(silenced(I, 4, "bugprone-foo"));
  EXPECT_FALSE(silenced(I, 6, Sync));
  EXPECT_TRUE(I.problems().empty());
}

TEST(NoLint, BlockBoundsAreBytePositions) {
  NoLintIndex I = NoLintIndex::parse("a(); /* NOLINTBEGIN */ b();\n"
                                     "c(); /* NOLINTEND */ d();\n");
  EXPECT_FALSE(silenced(I, 1, Sync, 1));  // a, left of BEGIN
  EXPECT_TRUE(silenced(I, 1, Sync, 24));  // b
  EXPECT_TRUE(silenced(I, 2, Sync, 1));   // c, left of END
  EXPECT_TRUE(silenced(I, 2, Sync));      // start of the line
  EXPECT_FALSE(silenced(I, 2, Sync, 22)); // d, right of END
}

TEST(NoLint, BlocksNestAndMatchByIdenticalCheckLists) {
  NoLintIndex I = NoLintIndex::parse("// NOLINTBEGIN(coupling-fan-out)\n"
                                     "// NOLINTBEGIN( coupling-dual-write )\n"
                                     "a();\n"
                                     "// NOLINTEND(coupling-dual-write)\n"
                                     "b();\n"
                                     "// NOLINTEND(coupling-fan-out)\n");
  EXPECT_TRUE(silenced(I, 3, FanOut));
  EXPECT_TRUE(silenced(I, 3, "coupling-dual-write"));
  EXPECT_TRUE(silenced(I, 5, FanOut));
  EXPECT_FALSE(silenced(I, 5, "coupling-dual-write"));
  EXPECT_TRUE(I.problems().empty());
}

TEST(NoLint, MismatchedEndIsReportedAndClosesNothing) {
  NoLintIndex I = NoLintIndex::parse("// NOLINTBEGIN(coupling-fan-out)\n"
                                     "a();\n"
                                     "  // NOLINTEND(coupling-*)\n"
                                     "b();\n");
  EXPECT_FALSE(silenced(I, 2, FanOut));
  EXPECT_FALSE(silenced(I, 4, FanOut));
  ASSERT_EQ(I.problems().size(), 2u);
  EXPECT_EQ(I.problems()[0].Line, 1u);
  EXPECT_EQ(I.problems()[0].Column, 4u);
  EXPECT_EQ(I.problems()[0].Message,
            "unmatched 'NOLINTBEGIN' comment without a subsequent "
            "'NOLINTEND' comment");
  EXPECT_EQ(I.problems()[1].Line, 3u);
  EXPECT_EQ(I.problems()[1].Column, 6u);
  EXPECT_EQ(I.problems()[1].Message,
            "unmatched 'NOLINTEND' comment without a previous "
            "'NOLINTBEGIN' comment");
}

TEST(NoLint, AllChecksAndStarAreDifferentLists) {
  // NOLINTBEGIN and NOLINTBEGIN(*) cover the same, but do not match.
  NoLintIndex I = NoLintIndex::parse("// NOLINTBEGIN\n"
                                     "a();\n"
                                     "// NOLINTEND(*)\n"
                                     "// NOLINTEND\n");
  EXPECT_TRUE(silenced(I, 2, Sync));
  ASSERT_EQ(I.problems().size(), 1u);
  EXPECT_EQ(I.problems()[0].Line, 3u);
}

TEST(NoLint, CrossedBlocksLeaveTheOuterOpen) {
  NoLintIndex I = NoLintIndex::parse("// NOLINTBEGIN(a)\n"
                                     "// NOLINTBEGIN(b)\n"
                                     "// NOLINTEND(a)\n"
                                     "// NOLINTEND(b)\n");
  // END(a) meets open BEGIN(b): unmatched; END(b) closes BEGIN(b); BEGIN(a)
  // stays open.
  ASSERT_EQ(I.problems().size(), 2u);
  EXPECT_EQ(I.problems()[0].Line, 1u);
  EXPECT_EQ(I.problems()[1].Line, 3u);
  EXPECT_TRUE(silenced(I, 3, "b"));
  EXPECT_FALSE(silenced(I, 3, "a"));
}

TEST(NoLint, CacheReadsEachFileOnce) {
  namespace fs = std::filesystem;
  fs::path Dir = fs::temp_directory_path() / "decouple-nolint-test";
  fs::create_directories(Dir);
  fs::path File = Dir / "a.cpp";
  {
    std::ofstream Out(File);
    Out << "a(); // NOLINT(coupling-fan-out)\n";
  }
  NoLintCache Cache;
  EXPECT_TRUE(Cache.suppresses(File.string(), 1, FanOut));
  EXPECT_FALSE(Cache.suppresses(File.string(), 1, Sync));
  const NoLintIndex *First = Cache.index(File.string());
  {
    std::ofstream Out(File);
    Out << "a();\n";
  }
  EXPECT_EQ(Cache.index(File.string()), First);
  EXPECT_TRUE(Cache.suppresses(File.string(), 1, FanOut));
  EXPECT_EQ(Cache.index((Dir / "missing.cpp").string()), nullptr);
  EXPECT_FALSE(Cache.suppresses((Dir / "missing.cpp").string(), 1, FanOut));
  fs::remove_all(Dir);
}
