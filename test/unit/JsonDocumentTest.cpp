#include "support/JsonDocument.h"

#include <gtest/gtest.h>

using namespace decouple;

TEST(JsonDocument, RemembersWhereEachValueIs) {
  JsonDocument Doc;
  std::string Error;
  ASSERT_TRUE(parseJsonDocument("{\n  \"a\": [1,\n    {\"b\": true}]\n}", "x.json",
                                Doc, Error))
      << Error;
  EXPECT_EQ(Doc.Value["a"][1]["b"], true);
  EXPECT_EQ(Doc.where("/a/1/b"), "x.json:3:11");
  EXPECT_EQ(Doc.where("/a/1/b#key"), "x.json:3:6");
  // An unknown pointer falls back to its nearest known parent.
  EXPECT_EQ(Doc.where("/a/7"), "x.json:2:8");
}

TEST(JsonDocument, SyntaxErrorsSayLineAndColumn) {
  JsonDocument Doc;
  std::string Error;
  EXPECT_FALSE(parseJsonDocument("{\n  \"a\": 1,\n  \"b\" 2\n}", "bad.json", Doc, Error));
  EXPECT_EQ(Error, "bad.json:3:7: expected ':' after key \"b\"");
  EXPECT_FALSE(parseJsonDocument("{\"a\": 1, \"a\": 2}", "dup.json", Doc, Error));
  EXPECT_NE(Error.find("duplicate key \"a\""), std::string::npos);
  EXPECT_FALSE(parseJsonDocument("[1, 2", "cut.json", Doc, Error));
  EXPECT_NE(Error.find("cut.json:1:6"), std::string::npos) << Error;
}

TEST(JsonDocument, DecodesEscapes) {
  JsonDocument Doc;
  std::string Error;
  ASSERT_TRUE(parseJsonDocument(R"(["a\"b\\c\n\u00e9"])", "e.json", Doc, Error));
  EXPECT_EQ(Doc.Value[0], "a\"b\\c\n\xc3\xa9");
}

// Without positions (the compile database's first parse) the value and the
// syntax errors are the same; where() can name only the file.
TEST(JsonDocument, WithoutPositionsSameValueAndSyntaxErrors) {
  const char *Text = "{\n  \"a\": [1,\n    {\"b\": true}]\n}";
  JsonDocument With, Without;
  std::string Error;
  ASSERT_TRUE(parseJsonDocument(Text, "x.json", With, Error));
  ASSERT_TRUE(parseJsonDocument(Text, "x.json", Without, Error,
                                /*KeepPositions=*/false));
  EXPECT_EQ(With.Value, Without.Value);
  EXPECT_TRUE(Without.Positions.empty());
  EXPECT_EQ(Without.where("/a/1/b"), "x.json");
  EXPECT_FALSE(With.Positions.empty());
  EXPECT_FALSE(parseJsonDocument("{\n  \"a\": 1,\n  \"b\" 2\n}", "bad.json",
                                 Without, Error, false));
  EXPECT_EQ(Error, "bad.json:3:7: expected ':' after key \"b\"");
}
