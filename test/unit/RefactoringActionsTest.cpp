//===- RefactoringActionsTest.cpp - decouple-clangd's code actions --------===//
// The corners test/lsp/code-actions.test does not reach through clangd.
#include "integrations/clangd/RefactoringActions.h"

#include "llvm/Support/JSON.h"
#include <gtest/gtest.h>

using namespace decouple;
using llvm::json::Object;
using llvm::json::Value;

namespace {

Object parse(const char *Text) {
  auto V = llvm::json::parse(Text);
  EXPECT_TRUE(bool(V));
  return V ? *V->getAsObject() : Object();
}

TEST(RefactoringActions, AnErrorReplyIsPassedOnUnchanged) {
  RefactoringActions A("");
  std::vector<Value> Out;
  EXPECT_FALSE(A.fromClient(parse(R"({"id":5,"method":"textDocument/codeAction","params":{"context":{"diagnostics":[{"code":"coupling-fan-out","range":{}}]}}})"), Out));
  Object Error = parse(R"({"id":5,"error":{"code":-32600,"message":"no"}})");
  Object Before = Error;
  EXPECT_FALSE(A.fromServer(Error));
  EXPECT_EQ(Value(std::move(Error)), Value(std::move(Before)));
  EXPECT_TRUE(Out.empty());
}

TEST(RefactoringActions, CommandWithoutAPageIsAnError) {
  RefactoringActions A("");
  std::vector<Value> Out;
  EXPECT_TRUE(A.fromClient(parse(R"({"id":7,"method":"workspace/executeCommand","params":{"command":"decouple.showRefactoring"}})"), Out));
  ASSERT_EQ(Out.size(), 1u);
  const Object *Err = Out[0].getAsObject()->getObject("error");
  ASSERT_TRUE(Err);
  EXPECT_EQ(Err->getInteger("code"), -32602);
}

TEST(RefactoringActions, OtherCommandsAndRepliesGoToClangd) {
  RefactoringActions A("");
  std::vector<Value> Out;
  EXPECT_FALSE(A.fromClient(parse(R"({"id":8,"method":"workspace/executeCommand","params":{"command":"clangd.applyFix","arguments":[{}]}})"), Out));
  EXPECT_FALSE(A.fromClient(parse(R"({"id":3,"result":{"applied":true}})"), Out));
  EXPECT_TRUE(A.fromClient(parse(R"({"id":"decouple-3","result":{"success":true}})"), Out));
  EXPECT_TRUE(Out.empty());
}

TEST(RefactoringActions, WithoutCodeActionLiteralsTheActionIsACommand) {
  RefactoringActions A("https://d.example/c");
  std::vector<Value> Out;
  A.fromClient(parse(R"({"id":0,"method":"initialize","params":{"capabilities":{}}})"), Out);
  A.fromClient(parse(R"({"id":4,"method":"textDocument/codeAction","params":{"context":{"diagnostics":[{"code":"coupling-fan-out","range":{}}]}}})"), Out);
  Object Reply = parse(R"({"id":4,"result":null})");
  ASSERT_TRUE(A.fromServer(Reply));
  const llvm::json::Array *Actions = Reply.getArray("result");
  ASSERT_TRUE(Actions && Actions->size() == 1);
  const Object &Cmd = *(*Actions)[0].getAsObject();
  EXPECT_EQ(Cmd.getString("command"), "decouple.showRefactoring");
  EXPECT_FALSE(Cmd.get("kind"));
  EXPECT_EQ((*Cmd.getArray("arguments"))[0].getAsString(),
            "https://d.example/c/coupling-fan-out.md");
}

} // namespace
