#include "index/ShardStore.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"

#include <cstdint>
#include <tuple>
#include <utility>

#include <gtest/gtest.h>

using namespace decouple;

namespace {

// Every field of every struct a shard holds, by name. The structured binding
// stops compiling when a struct gains a field, so the sample below (and the
// test that it sets each field) cannot silently fall behind TuSummary.h.
#define SHARD_FIELDS(Type, ...)                                               \
  [[maybe_unused]] auto fields(const Type &V) {                               \
    const auto &[__VA_ARGS__] = V;                                            \
    return std::make_pair(std::tie(__VA_ARGS__), std::string(#__VA_ARGS__));  \
  }
SHARD_FIELDS(ShardKey, CommandDigest, RulesDigest, ToolVersion)
SHARD_FIELDS(Location, File, Line, Column)
SHARD_FIELDS(IncludedFile, Path, Digest)
SHARD_FIELDS(FunctionInfo, Usr, Name, Loc, IsCoroutine, IsLambda, HasBody,
             Overrides)
SHARD_FIELDS(CallEdge, Caller, Callee, Kind, Loc)
SHARD_FIELDS(Site, Kind, Function, RuleId, Protocol, Loc, Callee, Service, Via,
             Consumer, EventLoop, Mode, Deadline, DeadlineMs, ResultUsed,
             ResponseReadAt, ReusedDeadline,
             DefaultTimeout, Streaming, CallText, RequestText, Interface,
             GeneratedImplementation, ContextVar, InboundVar, ContextIsPointer,
             InboundIsPointer, StatementStart)
SHARD_FIELDS(DeadlineFlow, Kind, Callee, Param, Caller, From, Deadline, Ms)
SHARD_FIELDS(StoreNameFlow, Kind, To, From, Site)
SHARD_FIELDS(TuSummary, MainFile, Functions, Calls, Sites, DeadlineFlows,
             StoreNameFlows,
             UnresolvedIndirect,
             ErrorCount, Errors, Includes)
#undef SHARD_FIELDS

/// Fails for each field of \p V that still has its default value.
template <typename T> void expectNoDefaultField(const T &V, const char *Type) {
  auto [Got, Names] = fields(V);
  const T Defaults{};
  auto [Default, Unused] = fields(Defaults);
  std::vector<std::string> Name;
  for (llvm::StringRef Rest = Names; !Rest.empty();) {
    auto [Head, Tail] = Rest.split(',');
    Name.push_back(Head.trim().str());
    Rest = Tail;
  }
  auto Check = [&](auto I) {
    EXPECT_FALSE(std::get<I()>(Got) == std::get<I()>(Default))
        << Type << "::" << Name[I()] << " has its default value in the sample";
  };
  [&]<size_t... I>(std::index_sequence<I...>) {
    (Check(std::integral_constant<size_t, I>{}), ...);
  }(std::make_index_sequence<std::tuple_size_v<decltype(Got)>>());
}

/// One shard with every field of every struct set to something other than
/// its default, and every enumerator of every enum used somewhere.
Shard sampleShard() {
  Shard S;
  S.Key = {"cmd-digest", "rules-digest", "0.1.0"};
  TuSummary &T = S.Summary;
  T.MainFile = "/src/a.cpp";
  T.UnresolvedIndirect = 0x1234567890ull; // more than 32 bits
  T.ErrorCount = 2;
  T.Errors = {"/src/a.cpp:1:2: error: boom", "/src/a.h:3:4: error: bang"};
  T.Includes = {{"/src/a.cpp", 0xfedcba9876543210ull}, {"/src/a.h", 7}};

  FunctionInfo F;
  F.Usr = "c:@F@handler#";
  F.Name = "handler";
  F.Loc = {"/src/a.cpp", 3, 5};
  F.IsCoroutine = true;
  F.IsLambda = true;
  F.HasBody = true;
  F.Overrides = {"c:@S@Base@F@handler#", "c:@S@Other@F@handler#"};
  T.Functions.push_back(F);
  // The flag bits one at a time, so a swapped bit cannot pass.
  for (int Bit = 0; Bit < 3; ++Bit) {
    FunctionInfo G;
    G.Usr = "c:@F@f" + std::to_string(Bit) + "#";
    G.IsCoroutine = Bit == 0;
    G.IsLambda = Bit == 1;
    G.HasBody = Bit == 2;
    T.Functions.push_back(G);
  }

  for (EdgeKind K : {EdgeKind::Virtual, EdgeKind::Direct, EdgeKind::Lambda,
                     EdgeKind::Reference, EdgeKind::Deferred})
    T.Calls.push_back({"c:@F@handler#", "c:@F@helper#", K, {"/src/a.cpp", 4, 7}});

  Site X;
  X.Kind = SiteKind::Publish;
  X.Function = "c:@F@helper#";
  X.RuleId = "grpc-sync-stub-call";
  X.Protocol = "grpc";
  X.Loc = {"/src/a.cpp", 9, 3};
  X.Callee = "shop::Orders::Stub::Place";
  X.Service = "Orders";
  X.Via = "Place";
  X.Consumer = true;
  X.EventLoop = true;
  X.Mode = CallMode::AsyncJoined;
  X.Deadline = DeadlineKind::Constant;
  X.DeadlineMs = 250;
  X.ResultUsed = false;
  X.ResponseReadAt = {"/src/a.cpp", 10, 7};
  X.ReusedDeadline = true;
  X.DefaultTimeout = "none: gRPC waits forever without a deadline";
  X.Streaming = "bidi";
  X.Interface = "shop::PaymentsIf::charge";
  X.GeneratedImplementation = true;
  X.CallText = "stub->Place(&ctx, req, &resp)";
  X.RequestText = "req";
  X.ContextVar = "ctx";
  X.InboundVar = "server";
  X.ContextIsPointer = true;
  X.InboundIsPointer = true;
  X.StatementStart = {"/src/a.cpp", 9, 1};
  T.Sites.push_back(X);
  // Every flow kind; the first has no field at its default.
  T.DeadlineFlows.push_back({DeadlineFlow::Forward, "c:@F@helper#", 1,
                             "c:@F@handler#", 2, DeadlineKind::Propagated, 7});
  T.DeadlineFlows.push_back({DeadlineFlow::Setter, "c:@F@set#", 0, "", 0,
                             DeadlineKind::Constant, 150});
  T.DeadlineFlows.push_back({DeadlineFlow::Context, "c:@F@set#", 0, "", 0,
                             DeadlineKind::Unknown, -1});
  T.StoreNameFlows.push_back({StoreNameFlow::Use, "c:@S@Impl@F@Impl#*$@S@sqlite3#0",
                              "unused", 3});
  T.StoreNameFlows.push_back({StoreNameFlow::Named, "Impl::db_", "sqlite:a.db", 0});
  T.StoreNameFlows.push_back({StoreNameFlow::Forward, "Impl::db_", "c:@F@f#0", 0});
  // Every enumerator, the flag bits one at a time, and DeadlineMs at its
  // edges (the format stores it offset by one).
  const SiteKind Kinds[] = {SiteKind::EntryPoint, SiteKind::RemoteCall,
                            SiteKind::DatastoreRead, SiteKind::DatastoreWrite,
                            SiteKind::BlockingCall, SiteKind::Publish,
                            SiteKind::InProcessHandoff};
  const CallMode Modes[] = {CallMode::Sync, CallMode::Awaited,
                            CallMode::AsyncDetached, CallMode::AsyncJoined};
  const DeadlineKind Deadlines[] = {DeadlineKind::Missing,
                                    DeadlineKind::Propagated,
                                    DeadlineKind::Unknown,
                                    DeadlineKind::Constant};
  const int64_t Ms[] = {-1, 0, INT64_MAX - 1, 1};
  for (int I = 0; I < 7; ++I) {
    Site Y;
    Y.Kind = Kinds[I];
    Y.Mode = Modes[I % 4];
    Y.Deadline = Deadlines[I % 4];
    Y.DeadlineMs = Ms[I % 4];
    Y.Consumer = I == 0;
    Y.EventLoop = I == 1;
    Y.ResultUsed = I == 2;
    Y.ReusedDeadline = I == 3;
    Y.ContextIsPointer = I == 4; // the access bits one at a time
    Y.InboundIsPointer = I == 5;
    Y.Via = "caf\xc3\xa9 \xe2\x86\x92 \"quoted\"\n"; // UTF-8, quotes, newline
    T.Sites.push_back(Y);
  }
  return S;
}

} // namespace

TEST(ShardStore, SampleSetsEveryField) {
  Shard S = sampleShard();
  expectNoDefaultField(S.Key, "ShardKey");
  expectNoDefaultField(S.Summary, "TuSummary");
  expectNoDefaultField(S.Summary.Includes[0], "IncludedFile");
  expectNoDefaultField(S.Summary.Functions[0], "FunctionInfo");
  expectNoDefaultField(S.Summary.Functions[0].Loc, "Location");
  expectNoDefaultField(S.Summary.Calls[0], "CallEdge");
  expectNoDefaultField(S.Summary.Sites[0], "Site");
  expectNoDefaultField(S.Summary.DeadlineFlows[0], "DeadlineFlow");
  expectNoDefaultField(S.Summary.StoreNameFlows[0], "StoreNameFlow");
}

TEST(ShardStore, RoundTripKeepsEverything) {
  Shard In = sampleShard(), Out;
  std::string Why;
  ASSERT_EQ(deserializeShard(serializeShard(In), Out, Why), ShardStatus::Ok) << Why;
  EXPECT_EQ(Out.Key, In.Key);
  EXPECT_EQ(Out.Summary, In.Summary);
  // Field by field too, so a failure says which one was lost.
  ASSERT_EQ(Out.Summary.Functions.size(), In.Summary.Functions.size());
  ASSERT_EQ(Out.Summary.Calls.size(), In.Summary.Calls.size());
  ASSERT_EQ(Out.Summary.Sites.size(), In.Summary.Sites.size());
  ASSERT_EQ(Out.Summary.Includes.size(), In.Summary.Includes.size());
  for (size_t I = 0; I < In.Summary.Functions.size(); ++I)
    EXPECT_EQ(Out.Summary.Functions[I], In.Summary.Functions[I]) << "function " << I;
  for (size_t I = 0; I < In.Summary.Calls.size(); ++I)
    EXPECT_EQ(Out.Summary.Calls[I], In.Summary.Calls[I]) << "call " << I;
  for (size_t I = 0; I < In.Summary.Sites.size(); ++I)
    EXPECT_EQ(Out.Summary.Sites[I], In.Summary.Sites[I]) << "site " << I;
  for (size_t I = 0; I < In.Summary.Includes.size(); ++I)
    EXPECT_EQ(Out.Summary.Includes[I], In.Summary.Includes[I]) << "include " << I;
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
