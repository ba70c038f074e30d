#include "index/ShardKey.h"
#include "index/ShardStore.h"
#include "support/Paths.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

std::string tempDir() {
  llvm::SmallString<128> Dir;
  EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("decouple-paths", Dir));
  return normalizePath(Dir);
}

} // namespace

TEST(Paths, NormalizeResolvesDotsAndSymlinks) {
  std::string Dir = tempDir();
  ASSERT_FALSE(llvm::sys::fs::create_directory(Dir + "/real"));
  ASSERT_FALSE(llvm::sys::fs::create_link(Dir + "/real", Dir + "/link"));
  EXPECT_EQ(normalizePath(Dir + "/link/../real/./a.cpp"), Dir + "/real/a.cpp");
  // A file that does not exist yet resolves through its existing parent.
  EXPECT_EQ(normalizePath(Dir + "/link/new.cpp"), Dir + "/real/new.cpp");
  EXPECT_EQ(normalizePath("a.cpp", Dir + "/link"), Dir + "/real/a.cpp");
}

// The compile database's normaliser caches each directory's real path; it
// must still give normalizePath's answer, symlinked files included.
TEST(Paths, NormalizerAgreesWithNormalizePath) {
  std::string Dir = tempDir();
  ASSERT_FALSE(llvm::sys::fs::create_directory(Dir + "/real"));
  ASSERT_FALSE(llvm::sys::fs::create_link(Dir + "/real", Dir + "/link"));
  for (const char *F : {"a.cpp", "b.cpp"}) {
    std::error_code EC;
    llvm::raw_fd_ostream(Dir + "/real/" + F, EC) << "\n";
    ASSERT_FALSE(EC);
  }
  // A file that is itself a symlink resolves to its target, not beside it.
  ASSERT_FALSE(
      llvm::sys::fs::create_link(Dir + "/real/a.cpp", Dir + "/real/alias.cpp"));
  PathNormalizer N;
  for (std::string P :
       {Dir + "/link/a.cpp", Dir + "/link/b.cpp", Dir + "/link/alias.cpp",
        Dir + "/link/new.cpp", Dir + "/link/../real/./b.cpp",
        Dir + "/gone/x.cpp", Dir + "/link", Dir + "/link/", std::string("/")})
    EXPECT_EQ(N(P), normalizePath(P)) << P;
  EXPECT_EQ(N(Dir + "/link/alias.cpp"), Dir + "/real/a.cpp");
  EXPECT_NE(N(Dir + "/link/alias.cpp"), Dir + "/real/alias.cpp");
  EXPECT_EQ(N("b.cpp", Dir + "/link"), normalizePath("b.cpp", Dir + "/link"));
  EXPECT_EQ(N("b.cpp", Dir + "/link"), Dir + "/real/b.cpp");
}

TEST(Paths, UnderDirectoryIsComponentWise) {
  EXPECT_TRUE(isUnderDirectory("/p/src/a.cpp", "/p/src"));
  EXPECT_TRUE(isUnderDirectory("/p/src", "/p/src/"));
  EXPECT_FALSE(isUnderDirectory("/p/srcx/a.cpp", "/p/src"));
}

TEST(Paths, RelativeToRootRoundTrips) {
  EXPECT_EQ(relativeToRoot("/p/src/a.cpp", "/p"), "src/a.cpp");
  EXPECT_EQ(relativeToRoot("/usr/include/x.h", "/p"), "/usr/include/x.h");
  EXPECT_EQ(resolveFromRoot("src/a.cpp", "/q"), "/q/src/a.cpp");
  EXPECT_EQ(resolveFromRoot("/usr/include/x.h", "/q"), "/usr/include/x.h");
  EXPECT_EQ(relativePath("/p/build/.decouple", "/p"), "../..");
  EXPECT_EQ(relativePath("/p", "/p"), ".");
  EXPECT_EQ(relativePath("/p/b", "/p/src"), "../src");
}

TEST(Paths, CommonDirectory) {
  CommonDirectory C;
  C.add("/p/src/a/x.cpp");
  C.add("/p/src/b/y.cpp");
  EXPECT_EQ(C.get(), "/p/src");
}

TEST(ShardKey, CommandDigestIgnoresWhereTheRootIs) {
  std::vector<std::string> A = {"clang++", "-I/p/src", "-c", "/p/src/a.cpp"};
  std::vector<std::string> B = {"clang++", "-I/q/src", "-c", "/q/src/a.cpp"};
  EXPECT_EQ(commandDigest("/p/build", A, "/p"), commandDigest("/q/build", B, "/q"));
  EXPECT_NE(commandDigest("/p/build", A, "/p"), commandDigest("/q/build", B, "/p"));
  std::vector<std::string> C = A;
  C.push_back("-DX=1");
  EXPECT_NE(commandDigest("/p/build", A, "/p"), commandDigest("/p/build", C, "/p"));
}

TEST(ShardKey, WhyStaleNamesTheFirstDifference) {
  ShardKey K{"cmd", "rules", "1.0"};
  std::vector<IncludedFile> Includes = {{"/p/a.cpp", 7}};
  auto Same = [](const std::string &) -> std::optional<uint64_t> { return 7; };
  auto Changed = [](const std::string &) -> std::optional<uint64_t> { return 8; };
  auto Gone = [](const std::string &) -> std::optional<uint64_t> { return std::nullopt; };
  EXPECT_EQ(whyStale(K, 0, Includes, K, Same), "");
  EXPECT_EQ(whyStale(K, 0, Includes, K, Changed), "file changed: /p/a.cpp");
  EXPECT_EQ(whyStale(K, 0, Includes, K, Gone), "file removed: /p/a.cpp");
  EXPECT_EQ(whyStale(K, 1, Includes, K, Same), "it had compile errors last time");
  ShardKey Other = K;
  Other.RulesDigest = "new";
  EXPECT_EQ(whyStale(K, 0, Includes, Other, Same), "rule set changed");
  Other = K;
  Other.ToolVersion = "2.0";
  EXPECT_EQ(whyStale(K, 0, Includes, Other, Same), "tool version changed (1.0 -> 2.0)");
}

TEST(ShardStore, StoresPathsBelowTheRootRelativeToIt) {
  std::string Dir = tempDir();
  Shard S;
  S.Summary.MainFile = "/p/src/a.cpp";
  S.Summary.Includes = {{"/p/src/a.cpp", 1}, {"/usr/include/x.h", 2}};
  FunctionInfo F;
  F.Usr = "decouple:/p/src/a.cpp:3:4";
  F.Loc = {"/p/src/a.cpp", 3, 4};
  S.Summary.Functions.push_back(F);
  std::string Error;
  ShardStore AtP(Dir, "/p");
  std::string Path = AtP.pathFor("/p/src/a.cpp", "/p/build");
  ASSERT_TRUE(AtP.write(Path, S, Error)) << Error;
  // Read as if the project had moved to /q.
  ShardStore AtQ(Dir, "/q");
  EXPECT_EQ(AtQ.pathFor("/q/src/a.cpp", "/q/build"), Path);
  Shard Back;
  std::string Why;
  ASSERT_EQ(AtQ.read(Path, Back, Why), ShardStatus::Ok) << Why;
  EXPECT_EQ(Back.Summary.MainFile, "/q/src/a.cpp");
  EXPECT_EQ(Back.Summary.Includes[1].Path, "/usr/include/x.h");
  EXPECT_EQ(Back.Summary.Functions[0].Usr, "decouple:/q/src/a.cpp:3:4");
  EXPECT_EQ(Back.Summary.Functions[0].Loc.File, "/q/src/a.cpp");
}
