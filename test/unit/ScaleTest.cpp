// Sizes an untrusted project can reach: nothing in link, analysis or the
// checks may recurse as deep as the input (the stack is 8 MiB), and a
// million edges must go through in seconds.
#include "analysis/Analysis.h"
#include "checks/CouplingCheck.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

std::string fn(size_t I) { return "f" + std::to_string(I); }

Site entryPoint(const std::string &Handler, const std::string &Service) {
  Site E;
  E.Kind = SiteKind::EntryPoint;
  E.Function = Handler;
  E.Protocol = "grpc";
  E.Service = Service;
  E.Via = "Handle";
  E.Loc = {"/" + Service + ".cpp", 1, 1};
  return E;
}

Site syncCall(const std::string &From, const std::string &To, unsigned Line) {
  Site S;
  S.Kind = SiteKind::RemoteCall;
  S.Function = From;
  S.Protocol = "grpc";
  S.Service = To;
  S.Via = "Handle";
  S.Mode = CallMode::Sync;
  S.Loc = {"/calls.cpp", Line, 1};
  return S;
}

void addFunction(TuSummary &TU, const std::string &Usr) {
  FunctionInfo F;
  F.Usr = F.Name = Usr;
  F.HasBody = true;
  F.Loc = {"/deep.cpp", 1, 1};
  TU.Functions.push_back(F);
}

size_t runAllChecks(const Analysis &A) {
  std::vector<Finding> Out;
  for (const auto &C : createAllChecks())
    C->run(A, Out);
  return Out.size();
}

} // namespace

TEST(Scale, ACallChain100000DeepIsWalkedWithoutRecursion) {
  constexpr size_t Depth = 100000;
  TuSummary TU;
  TU.MainFile = "/deep.cpp";
  for (size_t I = 0; I <= Depth; ++I)
    addFunction(TU, fn(I));
  for (size_t I = 0; I < Depth; ++I)
    TU.Calls.push_back({fn(I), fn(I + 1), EdgeKind::Direct, {"/deep.cpp", unsigned(I + 1), 1}});
  TU.Sites.push_back(entryPoint(fn(0), "Front"));
  TU.Sites.push_back(syncCall(fn(Depth), "Back", 1));
  ProgramGraph G;
  G.add(TU);
  G.finalize();
  RuleSet Rules;
  ProjectConfig Config;
  Analysis A(G, Rules, Config);
  ASSERT_EQ(A.Paths.size(), 1u);
  ASSERT_EQ(A.Paths[0].Reaches.size(), 1u);
  EXPECT_EQ(A.Paths[0].Reaches[0].Witness.size(), Depth + 1); // + the handler
  EXPECT_GT(runAllChecks(A), 0u);
}

TEST(Scale, AMillionEdgesLinkAndAnalyse) {
  // 1000 functions per TU in 100 TUs, each calling 10 others: 1,000,000
  // edges, with a remote call in every tenth function and an entry point in
  // every 20th TU. (Each entry point's request path reaches nearly the whole
  // graph: about 3 s per entry point on a loaded 2-core machine.)
  constexpr size_t Tus = 100, PerTu = 1000, Fanout = 10, N = Tus * PerTu;
  ProgramGraph G;
  for (size_t T = 0; T < Tus; ++T) {
    TuSummary TU;
    TU.MainFile = "/tu" + std::to_string(T) + ".cpp";
    for (size_t I = T * PerTu; I < (T + 1) * PerTu; ++I) {
      addFunction(TU, fn(I));
      for (size_t K = 1; K <= Fanout; ++K)
        TU.Calls.push_back({fn(I), fn((I * 7919 + K * 104729) % N),
                            EdgeKind::Direct, {TU.MainFile, unsigned(K), 1}});
      if (I % 10 == 0)
        TU.Sites.push_back(syncCall(fn(I), "Svc" + std::to_string(I % 50), unsigned(I)));
    }
    if (T % 20 == 0)
      TU.Sites.push_back(entryPoint(fn(T * PerTu), "Svc" + std::to_string(T % 50)));
    G.add(TU);
  }
  G.finalize();
  RuleSet Rules;
  ProjectConfig Config;
  Analysis A(G, Rules, Config);
  EXPECT_EQ(A.Paths.size(), Tus / 20);
  EXPECT_GT(runAllChecks(A), 0u);
}

TEST(Scale, AChainOf5000ServicesIsCutNotOverflowed) {
  constexpr size_t Services = 5000;
  TuSummary TU;
  TU.MainFile = "/calls.cpp";
  for (size_t I = 0; I < Services; ++I) {
    std::string Handler = "S" + std::to_string(I) + "::Handle";
    addFunction(TU, Handler);
    TU.Sites.push_back(entryPoint(Handler, "S" + std::to_string(I)));
    if (I + 1 < Services)
      TU.Sites.push_back(syncCall(Handler, "S" + std::to_string(I + 1), unsigned(I)));
  }
  ProgramGraph G;
  G.add(TU);
  G.finalize();
  RuleSet Rules;
  ProjectConfig Config;
  Analysis A(G, Rules, Config);
  size_t Longest = 0;
  for (size_t P = 0; P < A.Paths.size(); P += 1000)
    Longest = std::max(Longest, A.Services.longestChain(P).size());
  EXPECT_GE(Longest, 1000u);
  EXPECT_LE(Longest, Services);
}
