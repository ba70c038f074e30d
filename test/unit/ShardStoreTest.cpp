#include "index/ShardStore.h"

#include "llvm/Support/FileSystem.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

Shard sampleShard() {
  Shard S;
  S.Key = {"cmd", "rules", "0.1.0"};
  TuSummary &T = S.Summary;
  T.MainFile = "/src/a.cpp";
  T.UnresolvedIndirect = 3;
  T.ErrorCount = 1;
  T.Errors = {"/src/a.cpp:1:2: error: boom"};
  T.Includes = {{"/src/a.cpp", 42}, {"/src/a.h", 7}};
  FunctionInfo F;
  F.Usr = "c:@F@handler#";
  F.Name = "handler";
  F.Loc = {"/src/a.cpp", 3, 5};
  F.IsCoroutine = true;
  F.HasBody = true;
  F.Overrides = {"c:@S@Base@F@handler#"};
  T.Functions.push_back(F);
  T.Calls.push_back({"c:@F@handler#", "c:@F@helper#", EdgeKind::Virtual,
                     {"/src/a.cpp", 4, 7}});
  Site X;
  X.Kind = SiteKind::RemoteCall;
  X.Function = "c:@F@helper#";
  X.RuleId = "grpc-sync-stub-call";
  X.Protocol = "grpc";
  X.Loc = {"/src/a.cpp", 9, 3};
  X.Callee = "shop::Orders::Stub::Place";
  X.Service = "Orders";
  X.Via = "Place";
  X.Mode = CallMode::AsyncJoined;
  X.Deadline = DeadlineKind::Constant;
  X.DeadlineMs = 250;
  X.ResultUsed = false;
  X.CallText = "stub->Place(&ctx, req, &resp)";
  X.RequestText = "req";
  T.Sites.push_back(X);
  return S;
}

} // namespace

TEST(ShardStore, RoundTripKeepsEverything) {
  Shard In = sampleShard(), Out;
  std::string Why;
  ASSERT_EQ(deserializeShard(serializeShard(In), Out, Why), ShardStatus::Ok) << Why;
  EXPECT_EQ(Out.Key, In.Key);
  EXPECT_EQ(Out.Summary, In.Summary);
}

TEST(ShardStore, EveryTruncationIsDetected) {
  std::string Bytes = serializeShard(sampleShard());
  for (size_t N = 0; N < Bytes.size(); ++N) {
    Shard Out;
    std::string Why;
    EXPECT_NE(deserializeShard(Bytes.substr(0, N), Out, Why), ShardStatus::Ok)
        << "prefix of " << N << " bytes";
  }
}

TEST(ShardStore, FlippedBytesFailTheChecksum) {
  std::string Bytes = serializeShard(sampleShard());
  for (size_t I = 28; I < Bytes.size(); I += 7) {
    std::string Bad = Bytes;
    Bad[I] ^= 0x5a;
    Shard Out;
    std::string Why;
    EXPECT_EQ(deserializeShard(Bad, Out, Why), ShardStatus::Corrupt) << I;
  }
}

TEST(ShardStore, OtherVersionsAreReportedNotRead) {
  std::string Bytes = serializeShard(sampleShard());
  Bytes[8] = static_cast<char>(ShardFormatVersion + 1);
  Shard Out;
  std::string Why;
  EXPECT_EQ(deserializeShard(Bytes, Out, Why), ShardStatus::OldVersion);
  EXPECT_NE(Why.find("version"), std::string::npos);
}

TEST(ShardStore, WritesAtomicallyAndListsShards) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("shardstore", Dir));
  ShardStore Store{std::string(Dir)};
  std::string Path = Store.pathFor("/src/a.cpp", "/build"), Error;
  ASSERT_TRUE(Store.write(Path, sampleShard(), Error)) << Error;
  EXPECT_EQ(Store.list(), std::vector<std::string>{Path});
  Shard Back;
  std::string Why;
  EXPECT_EQ(Store.read(Path, Back, Why), ShardStatus::Ok);
  EXPECT_EQ(Store.read(Path + ".nope", Back, Why), ShardStatus::Missing);
  llvm::sys::fs::remove_directories(Dir);
}
