#include "analysis/Analysis.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

/// A program where each named service has one gRPC entry point whose
/// handler makes sync calls to the listed services.
struct Program {
  TuSummary TU;
  void service(const std::string &Name,
               std::vector<std::pair<std::string, CallMode>> Calls) {
    std::string Handler = Name + "::Handle";
    FunctionInfo F;
    F.Usr = F.Name = Handler;
    F.HasBody = true;
    TU.Functions.push_back(F);
    Site E;
    E.Kind = SiteKind::EntryPoint;
    E.Function = Handler;
    E.Protocol = "grpc";
    E.Service = Name;
    E.Via = "Handle";
    E.Loc = {"/" + Name + ".cpp", 1, 1};
    TU.Sites.push_back(E);
    unsigned Line = 2;
    for (auto &[To, Mode] : Calls) {
      Site S;
      S.Kind = SiteKind::RemoteCall;
      S.Function = Handler;
      S.Protocol = "grpc";
      S.Service = To;
      S.Via = "Handle";
      S.Mode = Mode;
      S.Loc = {"/" + Name + ".cpp", Line++, 1};
      TU.Sites.push_back(S);
    }
  }

  ProgramGraph G;
  RuleSet Rules;
  ProjectConfig Config;
  Analysis analyse() {
    G.add(TU);
    G.finalize();
    return Analysis(G, Rules, Config);
  }
};

} // namespace

TEST(ServiceGraph, FindsChainsAndCycles) {
  Program P;
  P.service("Gateway", {{"A", CallMode::Sync}});
  P.service("A", {{"B", CallMode::Awaited}, {"Q", CallMode::AsyncDetached}});
  P.service("B", {{"C", CallMode::Sync}});
  P.service("C", {{"B", CallMode::Sync}, {"D", CallMode::AsyncJoined}});
  Analysis A = P.analyse();

  auto Cycles = A.Services.syncCycles();
  ASSERT_EQ(Cycles.size(), 1u);
  EXPECT_EQ(Cycles[0], (std::vector<std::string>{"B", "C"}));

  auto External = A.Services.externalEntries();
  ASSERT_EQ(External.size(), 1u);
  EXPECT_EQ(A.Paths[External[0]].Service, "Gateway");
  // Gateway -> A -> B -> C -> D: the detached call to Q does not count and
  // the chain never revisits B.
  std::vector<std::string> Hops;
  for (ReachRef H : A.Services.longestChain(External[0]))
    Hops.push_back(A.site(H).Service);
  EXPECT_EQ(Hops, (std::vector<std::string>{"A", "B", "C", "D"}));
  EXPECT_NE(A.Services.syncEdge("A", "B"), nullptr);
  EXPECT_EQ(A.Services.syncEdge("A", "Q"), nullptr);
}

TEST(RequestPaths, DeferredEdgesAreNotFollowed) {
  TuSummary TU;
  for (const char *Name : {"handler", "spawned", "helper"}) {
    FunctionInfo F;
    F.Usr = F.Name = Name;
    F.HasBody = true;
    TU.Functions.push_back(F);
  }
  TU.Calls = {{"handler", "spawned", EdgeKind::Deferred, {}},
              {"handler", "helper", EdgeKind::Direct, {"/x.cpp", 5, 3}}};
  Site E;
  E.Kind = SiteKind::EntryPoint;
  E.Function = "handler";
  E.Service = "S";
  TU.Sites.push_back(E);
  for (const char *In : {"spawned", "helper"}) {
    Site S;
    S.Kind = SiteKind::RemoteCall;
    S.Function = In;
    S.Loc = {"/x.cpp", 9, 1};
    S.RuleId = In;
    TU.Sites.push_back(S);
  }
  ProgramGraph G;
  G.add(TU);
  G.finalize();
  RuleSet Rules;
  ProjectConfig Config;
  auto Paths = RequestPathFinder(G, Config, Rules).findAll();
  ASSERT_EQ(Paths.size(), 1u);
  ASSERT_EQ(Paths[0].Reaches.size(), 1u);
  const Reach &R = Paths[0].Reaches[0];
  EXPECT_EQ(G.sites()[R.Site].RuleId, "helper");
  ASSERT_EQ(R.Witness.size(), 2u);
  EXPECT_EQ(R.Witness[1].CallSite.Line, 5u);
}

TEST(ServiceGraph, CyclesIncludeSelfCallsAndUnreachedComponents) {
  Program P;
  P.service("Solo", {{"Solo", CallMode::Sync}});
  P.service("Z", {{"Y", CallMode::Sync}});
  P.service("Y", {{"X", CallMode::AsyncJoined}});
  P.service("X", {{"Z", CallMode::Awaited}, {"W", CallMode::Sync}});
  P.service("V", {{"U", CallMode::AsyncDetached}});
  P.service("U", {{"V", CallMode::Sync}});
  Analysis A = P.analyse();
  // U -> V is sync but V -> U is detached: no cycle there.
  EXPECT_EQ(A.Services.syncCycles(),
            (std::vector<std::vector<std::string>>{{"Solo"}, {"X", "Y", "Z"}}));
}
