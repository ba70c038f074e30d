// ShardStore::readInto (a shard linked as it is read, index/ShardView.h)
// against the materialising path (ShardStore::read, then ProgramGraph::add).
#include "index/ProgramGraph.h"
#include "index/ShardStore.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

Shard sample() {
  Shard S;
  S.Key = {"cmd", "rules", "tool"};
  TuSummary &T = S.Summary;
  T.MainFile = "/proj/src/a.cpp";
  T.Includes = {{"/proj/src/a.cpp", 1}, {"/proj/src/a.h", 2}};
  T.ErrorCount = 1;
  T.Errors = {"/proj/src/a.cpp:1:1: error: x"};
  const std::string Lambda = "decouple:/proj/src/a.cpp:7:3";
  T.Functions = {{"f", "ns::f", {"/proj/src/a.cpp", 3, 1}, false, false, true, {}},
                 {"g", "ns::g", {"/proj/src/a.h", 5, 1}, false, false, false, {"base"}},
                 {Lambda, "lambda", {"/proj/src/a.cpp", 7, 3}, false, true, true, {}}};
  T.Calls = {{"f", "g", EdgeKind::Direct, {"/proj/src/a.cpp", 4, 2}},
             {"f", Lambda, EdgeKind::Lambda, {"/proj/src/a.cpp", 7, 3}},
             {Lambda, "g", EdgeKind::Virtual, {"/proj/src/a.h", 9, 9}}};
  Site E;
  E.Kind = SiteKind::EntryPoint;
  E.Function = "f";
  E.RuleId = "r";
  E.Loc = {"/proj/src/a.cpp", 3, 1};
  Site R;
  R.Kind = SiteKind::RemoteCall;
  R.Function = Lambda;
  R.RuleId = "r2";
  R.Loc = {"/proj/src/a.cpp", 8, 1};
  T.Sites = {E, R};
  T.DeadlineFlows = {{DeadlineFlow::Context, "g", 0, "", 1, DeadlineKind::Missing, -1}};
  return S;
}

std::string tempDir() {
  llvm::SmallString<128> Dir;
  EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("shardlink", Dir));
  return std::string(Dir);
}

/// The graph as the analysis sees it, written out.
std::string describe(const ProgramGraph &G) {
  std::string D;
  for (FunctionId F = 0; F < G.functions().size(); ++F) {
    const FunctionInfo &I = G.functions()[F];
    D += I.Usr + " " + I.Name + " " + I.Loc.File + ":" + std::to_string(I.Loc.Line) +
         (I.HasBody ? " body" : "") + "\n";
    for (const GraphEdge &E : G.callees(F)) {
      Location L = G.location(E);
      D += "  -> " + G.functions()[E.To].Usr + " " + edgeKindName(E.Kind) + " " +
           L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column) + "\n";
    }
    for (SiteId S : G.sitesIn(F))
      D += "  site " + G.sites()[S].RuleId + " " + G.sites()[S].Loc.File + "\n";
  }
  for (SiteId S : G.entryPoints())
    D += "entry " + G.sites()[S].Function + "\n";
  D += "tus " + std::to_string(G.stats().Tus) + " partial " +
       std::to_string(G.partialTus().size()) + "\n";
  return D;
}

/// sample() written under \p Dir: stored relative to the root /proj and
/// resolved again on reading, the lambda's USR included.
std::string writeSample(const ShardStore &Store) {
  std::string Path = Store.directory() + "/shards/a.shard", Error;
  EXPECT_TRUE(Store.write(Path, sample(), Error)) << Error;
  return Path;
}

TEST(ShardLink, ReadIntoLinksWhatReadAndAddLink) {
  std::string Dir = tempDir(), Why;
  ShardStore Store(Dir, "/proj");
  std::string Path = writeSample(Store);

  Shard Full;
  ASSERT_EQ(Store.read(Path, Full, Why), ShardStatus::Ok) << Why;
  EXPECT_EQ(Full.Summary, sample().Summary);
  ProgramGraph Materialised;
  Materialised.add(Full.Summary);
  Materialised.finalize();

  Shard Head;
  ProgramGraph Linked;
  ASSERT_EQ(Store.readInto(Path, "cmd", Head, Linked, Why), ShardStatus::Ok) << Why;
  Linked.finalize();
  EXPECT_EQ(describe(Linked), describe(Materialised));
  EXPECT_NE(describe(Linked).find("decouple:/proj/src/a.cpp:7:3"), std::string::npos);

  // The head keeps what the index needs, and the counts of the rest.
  EXPECT_EQ(Head.Key, Full.Key);
  EXPECT_EQ(Head.Summary.MainFile, "/proj/src/a.cpp");
  EXPECT_EQ(Head.Summary.Includes, Full.Summary.Includes);
  EXPECT_EQ(Head.Summary.Errors, Full.Summary.Errors);
  EXPECT_TRUE(Head.Summary.Functions.empty());
  EXPECT_TRUE(Head.Summary.Calls.empty());
  EXPECT_TRUE(Head.Summary.Sites.empty());
  EXPECT_EQ(Head.functionCount(), 3u);
  EXPECT_EQ(Head.callCount(), 3u);
  EXPECT_EQ(Head.siteCount(), 2u);
  EXPECT_EQ(Full.functionCount(), 3u);
  llvm::sys::fs::remove_directories(Dir);
}

TEST(ShardLink, AnotherCommandDigestLinksNothing) {
  std::string Dir = tempDir(), Why;
  ShardStore Store(Dir, "/proj");
  std::string Path = writeSample(Store);
  Shard Head;
  ProgramGraph G;
  ASSERT_EQ(Store.readInto(Path, "other", Head, G, Why), ShardStatus::Ok) << Why;
  EXPECT_EQ(G.stats().Tus, 0u);
  EXPECT_TRUE(G.functions().empty());
  // Not linked: the caller gets the whole shard, as read() gives it.
  EXPECT_EQ(Head.Summary, sample().Summary);
  EXPECT_EQ(Head.LinkedCalls, 0u);
  llvm::sys::fs::remove_directories(Dir);
}

TEST(ShardLink, MissingShardIsMissing) {
  ShardStore Store("/nonexistent-decouple-dir");
  Shard Head;
  ProgramGraph G;
  std::string Why;
  EXPECT_EQ(Store.readInto("/nonexistent-decouple-dir/x.shard", "cmd", Head, G, Why),
            ShardStatus::Missing);
  EXPECT_EQ(G.stats().Tus, 0u);
}

/// Rewrites the payload's checksum after a test scribbles on it.
void reseal(std::string &Bytes) {
  uint64_t Sum = llvm::xxh3_64bits(llvm::StringRef(Bytes).drop_front(28));
  for (int I = 0; I < 8; ++I)
    Bytes[20 + I] = static_cast<char>((Sum >> (8 * I)) & 0xff);
}

TEST(ShardLink, StringIdPastTheTableIsNamed) {
  Shard S;
  S.Key = {"c", "r", "t"};
  S.Summary.MainFile = "/a.cpp";
  S.Summary.Calls = {{"f", "g", EdgeKind::Direct, {"/a.cpp", 1, 1}}};
  std::string Bytes = serializeShard(S);
  Shard Out;
  std::string Why;
  ASSERT_EQ(deserializeShard(Bytes, Out, Why), ShardStatus::Ok) << Why;
  // The payload ends: caller, callee, kind, file, line 1, column 1, and
  // three empty lists. Point the callee past the string table.
  std::string Bad = Bytes;
  Bad[Bad.size() - 8] = 0x7f;
  reseal(Bad);
  EXPECT_EQ(deserializeShard(Bad, Out, Why), ShardStatus::Corrupt);
  EXPECT_NE(Why.find("string id 127"), std::string::npos) << Why;
  EXPECT_NE(Why.find("past the string table"), std::string::npos) << Why;
  // A wrong number of another kind is still just malformed.
  std::string Kind = Bytes;
  Kind[Kind.size() - 7] = 0x70;
  reseal(Kind);
  EXPECT_EQ(deserializeShard(Kind, Out, Why), ShardStatus::Corrupt);
  EXPECT_EQ(Why, "malformed payload");
}

} // namespace
