#include "driver/CompileDatabase.h"

#include <gtest/gtest.h>

using namespace decouple;

TEST(CompileDatabase, SanitizingDropsPluginsOutputsAndDepFiles) {
  bool Dropped = false;
  std::vector<std::string> Out = sanitizeCommand(
      {"clang++", "-fplugin=/evil.so", "-Xclang", "-load", "-Xclang",
       "/evil2.so", "-MD", "-MF", "a.d", "-DX=1", "-c", "a.cpp", "-o", "a.o"},
      "/b", "a.cpp", Dropped);
  EXPECT_TRUE(Dropped);
  std::string All;
  for (const std::string &A : Out)
    All += A + " ";
  EXPECT_EQ(All.find("evil"), std::string::npos) << All;
  EXPECT_EQ(All.find("-MF"), std::string::npos) << All;
  EXPECT_EQ(All.find("a.o"), std::string::npos) << All;
  EXPECT_NE(All.find("-DX=1"), std::string::npos) << All;
  EXPECT_NE(All.find("-fsyntax-only"), std::string::npos) << All;
  EXPECT_NE(All.find("-resource-dir="), std::string::npos) << All;
}

TEST(CompileDatabase, CleanCommandsAreLeftAlone) {
  bool Dropped = true;
  sanitizeCommand({"clang++", "-c", "a.cpp"}, "/b", "a.cpp", Dropped);
  EXPECT_FALSE(Dropped);
}

TEST(CompileDatabase, CommonRootIsTheDeepestSharedDirectory) {
  CompileDatabase DB;
  DB.Commands.push_back({"/b", "/src/svc/a/x.cpp", {}, "", false});
  DB.Commands.push_back({"/b", "/src/svc/b/y.cpp", {}, "", false});
  DB.Commands.push_back({"/b", "/src/svc/b/z/w.cpp", {}, "", false});
  EXPECT_EQ(commonSourceRoot(DB), "/src/svc");
}
