#include "driver/CommandSanitizer.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

std::string joined(const std::vector<std::string> &Args) {
  std::string All;
  for (const std::string &A : Args)
    All += A + " ";
  return All;
}

std::string neutralized(std::vector<std::string> Args, bool &Removed,
                        const std::string &Dir = "/b") {
  return joined(neutralizeCommand(std::move(Args), Dir, "a.cpp", Removed));
}

// Each spelling, between \p Before and "a.cpp", is removed and said so.
void expectEachRemoved(const std::vector<std::vector<std::string>> &Spellings,
                       const std::vector<std::string> &Before) {
  for (const auto &S : Spellings) {
    std::vector<std::string> Args = Before;
    Args.insert(Args.end(), S.begin(), S.end());
    Args.push_back("a.cpp");
    bool Removed = false;
    std::string All = neutralized(Args, Removed);
    EXPECT_TRUE(Removed) << joined(S);
    EXPECT_EQ(All.find("evil"), std::string::npos) << All;
    EXPECT_NE(All.find("a.cpp"), std::string::npos) << All;
  }
}

} // namespace

TEST(CommandSanitizer, EveryPluginSpellingGoes) {
  const std::vector<std::vector<std::string>> Spellings = {
      {"-fplugin=/evil.so"},
      {"-fpass-plugin=/evil.so"},
      {"-fplugin-arg-evil-x"},
      {"-Xclang", "-load", "-Xclang", "/evil.so"},
      {"-Xclang", "-plugin", "-Xclang", "evil"},
      {"-Xclang", "-add-plugin", "-Xclang", "evil"},
      {"-Xclang", "-plugin-arg-evil", "-Xclang", "x"},
      {"-Xclang", "-fpass-plugin=/evil.so"},
      {"-Xclang", "-fplugin=/evil.so"},
      {"-Xpreprocessor", "-load", "-Xpreprocessor", "/evil.so"},
      {"-mllvm", "-load=/evil.so"},
      {"-Wp,-load,/evil.so"},
      {"-Xarch_x86_64", "-fplugin=/evil.so"},
      {"/clang:-fplugin=/evil.so"},
      {"-clang:-fpass-plugin=/evil.so"},
      {"/Xclang", "-load", "/Xclang", "/evil.so"},
  };
  expectEachRemoved(Spellings, {"clang++", "-c"});
}

TEST(CommandSanitizer, ToolChoiceAndFileWritingFlagsGo) {
  const std::vector<std::vector<std::string>> Spellings = {
      {"-B/evil"},          {"-B", "/evil"},
      {"--prefix=/evil"},   {"--prefix", "/evil"},
      {"--config=/evil"},   {"--config", "/evil"},
      {"--config-system-dir=/evil"},
      {"--driver-mode=/evil"}, {"-ccc-install-dir", "/evil"},
      {"-fuse-ld=/evil"},   {"-MJ", "/evil"},
      {"-Xclang", "-dependency-file", "-Xclang", "/evil"},
      {"-fmodules-cache-path=/evil"}, {"-save-temps=/evil"},
  };
  expectEachRemoved(Spellings, {"clang++"});
}

TEST(CommandSanitizer, LaunchersAndCompilersAreReplacedByClang22) {
  bool Removed = false;
  std::string All =
      neutralized({"/usr/bin/ccache", "/opt/evil/g++", "-DX", "a.cpp"}, Removed);
  EXPECT_TRUE(Removed);
  EXPECT_EQ(All.find("evil"), std::string::npos) << All;
  EXPECT_EQ(All.find("ccache"), std::string::npos) << All;
  EXPECT_EQ(All.rfind(DECOUPLE_CLANG_BIN_DIR "/clang++ ", 0), 0u) << All;
  All = neutralized({"/proj/tools/wrapper.sh", "-DX", "a.cpp"}, Removed);
  EXPECT_FALSE(Removed); // the compiler is always replaced; no note for it
  EXPECT_EQ(All.find("wrapper"), std::string::npos) << All;
  EXPECT_EQ(safeDriverFor("gcc", "x.c"), DECOUPLE_CLANG_BIN_DIR "/clang");
  EXPECT_EQ(safeDriverFor("g++", "x.c"), DECOUPLE_CLANG_BIN_DIR "/clang++");
  EXPECT_EQ(safeDriverFor("cl.exe", "x.cpp"), DECOUPLE_CLANG_BIN_DIR "/clang-cl");
}

TEST(CommandSanitizer, ResponseFilesAreExpandedThenCleaned) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("rsp", Dir));
  {
    std::error_code EC;
    llvm::raw_fd_ostream(std::string(Dir) + "/flags.rsp", EC)
        << "-DFROM_RSP -fplugin=/evil.so @nested.rsp\n";
    llvm::raw_fd_ostream(std::string(Dir) + "/nested.rsp", EC)
        << "-Xclang -load -Xclang /evil2.so -DNESTED\n";
  }
  bool Removed = false;
  std::string All = neutralized(
      {"clang++", "@flags.rsp", "@missing.rsp", "@/dev/zero", "@.", "a.cpp"}, Removed, std::string(Dir));
  EXPECT_TRUE(Removed);
  EXPECT_EQ(All.find("evil"), std::string::npos) << All;
  EXPECT_EQ(All.find("@"), std::string::npos) << All;
  EXPECT_NE(All.find("-DFROM_RSP"), std::string::npos) << All;
  EXPECT_NE(All.find("-DNESTED"), std::string::npos) << All;
  llvm::sys::fs::remove_directories(Dir);
}

TEST(CommandSanitizer, OrdinaryFlagsStay) {
  bool Removed = true;
  std::string All = neutralized({"clang++", "-std=c++20", "-Iinc", "-DX=1",
                                 "-Xclang", "-fno-pch-timestamp",
                                 "--driver-mode=g++", "a.cpp"},
                                Removed);
  EXPECT_FALSE(Removed);
  EXPECT_NE(All.find("-Xclang -fno-pch-timestamp"), std::string::npos) << All;
  EXPECT_NE(All.find("--driver-mode=g++"), std::string::npos) << All;
}
