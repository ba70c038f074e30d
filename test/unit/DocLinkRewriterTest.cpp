//===- DocLinkRewriterTest.cpp - decouple-clangd's codeDescription filter -===//
#include "integrations/clangd/DocLinkRewriter.h"
#include "checks/CheckDocs.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include <gtest/gtest.h>

using namespace decouple;

namespace {

std::string publish(const std::string &Code) {
  return R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":[{"code":")" +
         Code +
         R"(","codeDescription":{"href":"https://clang.llvm.org/x.html"},"message":"m"}],"uri":"file:///a.cpp"}})";
}

std::string hrefOf(const std::string &Body) {
  auto V = llvm::json::parse(Body);
  EXPECT_TRUE(bool(V));
  if (!V)
    return "";
  auto *D = V->getAsObject()->getObject("params")->getArray("diagnostics");
  return D->front().getAsObject()->getObject("codeDescription")->getString("href")->str();
}

TEST(DocLinkRewriter, CouplingCheckLinksToItsPage) {
  std::string Out = rewriteDocLinks(publish("coupling-missing-deadline"));
  EXPECT_EQ(hrefOf(Out), checkDocsUri("", "coupling-missing-deadline"));
  EXPECT_EQ(Out.find('\n'), std::string::npos) << "compact in, compact out";
}

TEST(DocLinkRewriter, PrettyInPrettyOut) {
  auto V = llvm::json::parse(publish("coupling-fan-out"));
  ASSERT_TRUE(bool(V));
  std::string Pretty = llvm::formatv("{0:2}", *V).str();
  std::string Out = rewriteDocLinks(Pretty);
  EXPECT_NE(Out.find("\n  \"method\""), std::string::npos);
  EXPECT_EQ(hrefOf(Out), checkDocsUri("", "coupling-fan-out"));
}

TEST(DocLinkRewriter, OtherChecksAndMessagesPassUnchanged) {
  std::string Stock = publish("modernize-use-trailing-return-type");
  EXPECT_EQ(rewriteDocLinks(Stock), Stock);
  std::string Unknown = publish("coupling-no-such-check");
  EXPECT_EQ(rewriteDocLinks(Unknown), Unknown);
  std::string Reply = R"({"jsonrpc":"2.0","id":1,"result":{"code":"coupling-fan-out"}})";
  EXPECT_EQ(rewriteDocLinks(Reply), Reply);
  EXPECT_EQ(rewriteDocLinks("not json {"), "not json {");
}

TEST(DocLinkRewriter, TheBaseIsTheCallers) {
  EXPECT_EQ(hrefOf(rewriteDocLinks(publish("coupling-fan-out"), "https://d.example/c/")),
            "https://d.example/c/coupling-fan-out.md");
}

TEST(CheckDocs, BaseIsUsersOrInstalled) {
  EXPECT_EQ(checkDocsUri("https://d.example/c/", "coupling-fan-out"),
            "https://d.example/c/coupling-fan-out.md");
  EXPECT_EQ(checkDocsUri("https://d.example/c", "coupling-fan-out"),
            "https://d.example/c/coupling-fan-out.md")
      << "a base without its trailing slash";
  EXPECT_EQ(checkDocsUri("", "coupling-fan-out"),
            std::string(installedCheckDocsBase()) + "coupling-fan-out.md");
}

} // namespace
