#include "index/LinkedProgramCache.h"

#include "llvm/Support/FileSystem.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

// liveMatchesShard names every TuSummary field ProgramGraph::add reads. This
// stops compiling when TuSummary gains a field: decide there whether the
// link reads it.
[[maybe_unused]] void everyTuSummaryField(const TuSummary &T) {
  const auto &[MainFile, Functions, Calls, Sites, DeadlineFlows,
               StoreNameFlows, UnresolvedIndirect, ErrorCount, Errors,
               Includes] = T;
}

/// A TU defining one function, called from nowhere, with key \p Command.
Shard tu(const std::string &Root, const std::string &Name,
         const std::string &Function, const std::string &Command) {
  Shard S;
  S.Key = {Command, "rules", "test"};
  S.Summary.MainFile = Root + "/" + Name + ".cpp";
  FunctionInfo F;
  F.Usr = "c:@F@" + Function;
  F.Name = Function;
  F.HasBody = true;
  F.Loc = {S.Summary.MainFile, 1, 1};
  S.Summary.Functions.push_back(F);
  S.Summary.Includes.push_back({S.Summary.MainFile, 42});
  return S;
}

/// An index directory whose manifest lists exactly the shards given.
class IndexDir {
public:
  IndexDir() {
    llvm::SmallString<128> P;
    EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("linkedprogram", P));
    Dir = std::string(P);
  }
  ~IndexDir() { llvm::sys::fs::remove_directories(Dir); }

  void write(const std::vector<Shard> &Shards) {
    ShardStore Store(Dir, Dir);
    IndexManifest M;
    M.Root = M.ProjectRoot = Dir;
    std::string Error;
    for (const Shard &S : Shards) {
      std::string Path = Store.pathFor(S.Summary.MainFile, Dir);
      ASSERT_TRUE(Store.write(Path, S, Error)) << Error;
      M.add(Path, S);
    }
    ASSERT_TRUE(M.save(IndexManifest::pathIn(Dir), Error)) << Error;
  }
  std::string Dir;
};

bool defines(const ProgramGraph &G, const std::string &Function) {
  int64_t Id = G.find("c:@F@" + Function);
  return Id >= 0 && G.functions()[Id].HasBody;
}

} // namespace

TEST(LinkedProgramCache, NoManifestIsNoProgram) {
  IndexDir Index;
  LinkedProgramCache Cache;
  EXPECT_EQ(Cache.refresh(Index.Dir), nullptr);
}

TEST(LinkedProgramCache, UnchangedManifestKeepsTheProgram) {
  IndexDir Index;
  Index.write({tu(Index.Dir, "a", "A", "1"), tu(Index.Dir, "b", "B", "1")});
  LinkedProgramCache Cache;
  auto First = Cache.refresh(Index.Dir);
  ASSERT_NE(First, nullptr);
  EXPECT_EQ(First->ShardsRead, 2u);
  EXPECT_TRUE(defines(First->Linked, "A"));
  EXPECT_TRUE(defines(First->Linked, "B"));
  EXPECT_EQ(Cache.refresh(Index.Dir), First);
}

TEST(LinkedProgramCache, RefreshRereadsOnlyChangedShardsAndDropsRemovedTus) {
  IndexDir Index;
  std::string D = Index.Dir;
  Index.write({tu(D, "a", "A", "1"), tu(D, "b", "B", "1"), tu(D, "c", "C", "1")});
  LinkedProgramCache Cache;
  auto Before = Cache.refresh(D);
  ASSERT_NE(Before, nullptr);
  // b re-extracted under a new command (now defining B2); c removed.
  Index.write({tu(D, "a", "A", "1"), tu(D, "b", "B2", "2")});
  auto After = Cache.refresh(D);
  ASSERT_NE(After, nullptr);
  ASSERT_NE(After, Before);
  EXPECT_EQ(After->ShardsRead, 1u);
  EXPECT_EQ(After->ShardsKept, 1u);
  EXPECT_EQ(After->ShardsDropped, 1u);
  EXPECT_TRUE(defines(After->Linked, "A"));
  EXPECT_TRUE(defines(After->Linked, "B2"));
  EXPECT_FALSE(defines(After->Linked, "B"));
  EXPECT_FALSE(defines(After->Linked, "C"));
  EXPECT_EQ(After->Linked.stats().Tus, 2u);
  // The unchanged shard is the same object, not a second read of it.
  std::string A = IndexManifest::entryName(
      ShardStore(D, D).pathFor(D + "/a.cpp", D));
  EXPECT_EQ(After->Shards.at(A), Before->Shards.at(A));
  // The Program handed out before stays as it was.
  EXPECT_TRUE(defines(Before->Linked, "C"));
}

TEST(LinkedProgramCache, ChangedIncludeDigestRereadsTheShard) {
  IndexDir Index;
  Shard A = tu(Index.Dir, "a", "A", "1");
  Index.write({A});
  LinkedProgramCache Cache;
  auto Before = Cache.refresh(Index.Dir);
  // Same command, the file edited and re-extracted: only its digest moves.
  A.Summary.Includes.front().Digest = 43;
  A.Summary.Functions.front().Name = "Renamed";
  Index.write({A});
  auto After = Cache.refresh(Index.Dir);
  ASSERT_NE(After, Before);
  EXPECT_EQ(After->ShardsRead, 1u);
  EXPECT_EQ(After->Linked.functions()[After->Linked.find("c:@F@A")].Name,
            "Renamed");
}

TEST(LinkedProgramCache, ShardNotMatchingItsEntryIsSkippedWithANote) {
  IndexDir Index;
  Index.write({tu(Index.Dir, "a", "A", "1")});
  // Overwrite the shard under another key; the manifest still lists "1".
  ShardStore Store(Index.Dir, Index.Dir);
  std::string Error;
  ASSERT_TRUE(Store.write(Store.pathFor(Index.Dir + "/a.cpp", Index.Dir),
                          tu(Index.Dir, "a", "A", "other"), Error));
  LinkedProgramCache Cache;
  auto P = Cache.refresh(Index.Dir);
  ASSERT_NE(P, nullptr);
  EXPECT_TRUE(P->Shards.empty());
  ASSERT_EQ(P->Notes.size(), 1u);
  EXPECT_NE(P->Notes[0].find("does not match the manifest"), std::string::npos);
}

/// An index of a.cpp (defining A) and b.cpp (defining B), refreshed once.
struct TwoTuIndex {
  IndexDir Index;
  Shard A = tu(Index.Dir, "a", "A", "1");
  LinkedProgramCache Cache;
  std::shared_ptr<const LinkedProgramCache::Program> P;
  TwoTuIndex() {
    Index.write({A, tu(Index.Dir, "b", "B", "1")});
    P = Cache.refresh(Index.Dir);
  }
};

TEST(LinkedProgramCache, LiveSummaryMatchingItsShardReusesTheLinkedProgram) {
  TwoTuIndex Two;
  auto &P = Two.P;
  TuSummary Live = Two.A.Summary;
  Live.Includes.front().Digest = 0; // a live AST's summary has no digests
  bool Reused = false;
  auto G = LinkedProgramCache::graphFor(P, Live, &Reused);
  EXPECT_TRUE(Reused);
  EXPECT_EQ(G.get(), &P->Linked);
}

TEST(LinkedProgramCache, EditedLiveSummaryReplacesItsShard) {
  TwoTuIndex Two;
  auto &P = Two.P;
  TuSummary Live = tu(Two.Index.Dir, "a", "Edited", "1").Summary;
  bool Reused = true;
  auto G = LinkedProgramCache::graphFor(P, Live, &Reused);
  EXPECT_FALSE(Reused);
  EXPECT_TRUE(defines(*G, "Edited"));
  EXPECT_FALSE(defines(*G, "A")); // the shard's facts are not linked too
  EXPECT_TRUE(defines(*G, "B"));
  EXPECT_EQ(G->stats().Tus, 2u);
  EXPECT_TRUE(defines(P->Linked, "A")); // the cached program is untouched
}

TEST(LinkedProgramCache, TuTheIndexLacksIsAddedToIt) {
  IndexDir Index;
  Index.write({tu(Index.Dir, "b", "B", "1")});
  LinkedProgramCache Cache;
  auto P = Cache.refresh(Index.Dir);
  bool Reused = true;
  auto G = LinkedProgramCache::graphFor(P, tu(Index.Dir, "new", "N", "1").Summary,
                                        &Reused);
  EXPECT_FALSE(Reused);
  EXPECT_TRUE(defines(*G, "N"));
  EXPECT_TRUE(defines(*G, "B"));
  // Without an index, the live TU alone.
  auto Alone = LinkedProgramCache::graphFor(nullptr, tu(Index.Dir, "new", "N", "1").Summary);
  EXPECT_EQ(Alone->stats().Tus, 1u);
}

TEST(LinkedProgramCache, LiveMatchesShardAllowsOnlyHeaderFunctionsMore) {
  Shard A = tu("/p", "a", "A", "1");
  TuSummary Live = A.Summary;
  Live.Includes.clear();
  Live.Errors.push_back("a.cpp:1:1: error: x"); // the count is linked, not the text
  // The full parse also saw a function its headers declare.
  FunctionInfo Header;
  Header.Usr = "c:@F@FromHeader";
  Header.Name = "FromHeader";
  A.Summary.Functions.push_back(Header);
  EXPECT_TRUE(liveMatchesShard(Live, A.Summary));
  // ... but not the other way round: the live TU defines something new.
  EXPECT_FALSE(liveMatchesShard(A.Summary, Live));
  TuSummary Moved = Live;
  Moved.Functions.front().Loc.Line = 2;
  EXPECT_FALSE(liveMatchesShard(Moved, A.Summary));
  TuSummary MoreSites = Live;
  MoreSites.Sites.emplace_back();
  EXPECT_FALSE(liveMatchesShard(MoreSites, A.Summary));
  TuSummary Errors = Live;
  Errors.ErrorCount = 1;
  EXPECT_FALSE(liveMatchesShard(Errors, A.Summary));
  TuSummary Indirect = Live;
  Indirect.UnresolvedIndirect = 3;
  EXPECT_FALSE(liveMatchesShard(Indirect, A.Summary));
  TuSummary Calls = Live;
  Calls.Calls.push_back({"c:@F@A", "c:@F@B", EdgeKind::Direct, {}});
  EXPECT_FALSE(liveMatchesShard(Calls, A.Summary));
}
