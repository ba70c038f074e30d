#include "analysis/ServiceMap.h"
#include "driver/MapRender.h"

#include <gtest/gtest.h>

using namespace decouple;
using json = nlohmann::json;

namespace {

json node(const std::string &Id, const std::string &Kind) {
  return {{"id", Id}, {"kind", Kind}, {"name", Id}, {"nameSource", "idl"}};
}

json edge(const std::string &From, const std::string &To, const std::string &Via) {
  return {{"id", "sync:" + From + "->" + To + ":blocking"}, {"from", From},
          {"to", To}, {"kind", "sync"}, {"mode", "blocking"}, {"via", {Via}}};
}

TEST(MapRenderTest, MermaidEscapesLabels) {
  json Map = {{"nodes", {node("<script>alert(1)</script>", "service"),
                         node("a\"b|c#d", "external")}},
              {"edges", {edge("<script>alert(1)</script>", "a\"b|c#d", "GET \"/x\"")}}};
  std::string M = mapToMermaid(Map);
  EXPECT_EQ(M.find("<script>"), std::string::npos) << M;
  EXPECT_NE(M.find("n0[\"#lt;script#gt;alert(1)#lt;/script#gt;\"]"), std::string::npos) << M;
  EXPECT_NE(M.find("n1([\"a#quot;b#124;c#35;d\"])"), std::string::npos) << M;
  EXPECT_NE(M.find("n0 -->|\"GET #quot;/x#quot;\"| n1"), std::string::npos) << M;
}

TEST(MapRenderTest, MermaidCollapsesLargeMaps) {
  json Map = {{"nodes", json::array()}, {"edges", json::array()}};
  for (int I = 0; I < 30; ++I)
    Map["nodes"].push_back(node("s" + std::to_string(I), "service"));
  // 30 * 29 pairs, each by two methods: 1740 edges, 870 service pairs.
  for (int I = 0; I < 30; ++I)
    for (int J = 0; J < 30; ++J)
      if (I != J)
        for (const char *Via : {"A", "B"}) {
          json E = edge("s" + std::to_string(I), "s" + std::to_string(J), Via);
          E["mode"] = std::string(Via) == "A" ? "blocking" : "awaited";
          Map["edges"].push_back(E);
        }
  std::string Small = mapToMermaid(Map, 5000, 1000000);
  EXPECT_EQ(Small.find("collapsed"), std::string::npos);
  std::string M = mapToMermaid(Map);
  EXPECT_NE(M.find("%% collapsed: more than 500 edges"), std::string::npos);
  size_t Arrows = 0;
  for (size_t At = 0; (At = M.find("-->", At)) != std::string::npos; ++At)
    ++Arrows;
  EXPECT_EQ(Arrows, 500u);
  EXPECT_NE(M.find("; 370 more such edges left out"), std::string::npos);
  EXPECT_LT(M.size(), 50000u);
}

TEST(MapRenderTest, DotQuotesIds) {
  json Map = {{"nodes", {node("a\"b", "service"), node("c\\d", "datastore")}},
              {"edges", {edge("a\"b", "c\\d", "x")}}};
  std::string D = mapToDot(Map);
  EXPECT_NE(D.find("\"a\\\"b\" [label=\"a\\\"b\", shape=box];"), std::string::npos) << D;
  EXPECT_NE(D.find("\"a\\\"b\" -> \"c\\\\d\""), std::string::npos) << D;
}

TEST(MapRenderTest, TableOfSql) {
  Site S;
  S.Via = "INSERT INTO orders(id) VALUES(?)";
  EXPECT_EQ(tableOf(S), "orders");
  S.Via = "update stock set n = 1";
  EXPECT_EQ(tableOf(S), "stock");
  S.Via = "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER)";
  EXPECT_EQ(tableOf(S), "outbox");
  S.Via = "SET";
  EXPECT_EQ(tableOf(S), "");
}

} // namespace
