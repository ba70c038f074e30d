#include "index/ProgramGraph.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {
FunctionInfo fn(const std::string &Usr, std::vector<std::string> Overrides = {}) {
  FunctionInfo F;
  F.Usr = Usr;
  F.Name = Usr;
  F.HasBody = true;
  F.Overrides = std::move(Overrides);
  return F;
}
bool hasEdge(const ProgramGraph &G, const std::string &From, const std::string &To) {
  for (const GraphEdge &E : G.callees(G.find(From)))
    if (E.To == G.find(To))
      return true;
  return false;
}
} // namespace

TEST(ProgramGraph, VirtualCallsReachEveryOverriderAcrossTUs) {
  TuSummary A, B, C;
  A.Functions = {fn("caller"), fn("Base::f")};
  A.Calls = {{"caller", "Base::f", EdgeKind::Virtual, {}}};
  B.Functions = {fn("Mid::f", {"Base::f"})};
  C.Functions = {fn("Leaf::f", {"Mid::f"})};
  ProgramGraph G;
  G.add(A);
  G.add(B);
  G.add(C);
  G.finalize();
  EXPECT_TRUE(hasEdge(G, "caller", "Base::f"));
  EXPECT_TRUE(hasEdge(G, "caller", "Mid::f"));
  EXPECT_TRUE(hasEdge(G, "caller", "Leaf::f"));
}

TEST(ProgramGraph, HeaderCodeSeenFromManyTUsIsMergedOnce) {
  TuSummary A, B;
  for (TuSummary *T : {&A, &B}) {
    T->Functions = {fn("inline_helper"), fn("callee")};
    T->Calls = {{"inline_helper", "callee", EdgeKind::Direct, {"/h.h", 3, 1}}};
    Site S;
    S.Kind = SiteKind::RemoteCall;
    S.Function = "callee";
    S.Loc = {"/h.h", 9, 1};
    T->Sites = {S};
  }
  A.UnresolvedIndirect = 2;
  B.ErrorCount = 1;
  B.MainFile = "/b.cpp";
  ProgramGraph G;
  G.add(A);
  G.add(B);
  G.finalize();
  EXPECT_EQ(G.callees(G.find("inline_helper")).size(), 1u);
  EXPECT_EQ(G.sitesIn(G.find("callee")).size(), 1u);
  EXPECT_EQ(G.stats().Tus, 2u);
  EXPECT_EQ(G.stats().UnresolvedIndirect, 2u);
  EXPECT_EQ(G.partialTus(), std::vector<std::string>{"/b.cpp"});
}

TEST(ProgramGraph, DefinitionWinsOverDeclaration) {
  TuSummary A, B;
  FunctionInfo Decl = fn("f");
  Decl.HasBody = false;
  Decl.Loc = {"/a.h", 1, 1};
  FunctionInfo Def = fn("f");
  Def.Loc = {"/f.cpp", 10, 1};
  A.Functions = {Decl};
  B.Functions = {Def};
  ProgramGraph G;
  G.add(A);
  G.add(B);
  G.finalize();
  EXPECT_EQ(G.functions()[G.find("f")].Loc.File, "/f.cpp");
}
