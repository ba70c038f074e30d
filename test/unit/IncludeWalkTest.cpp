#include "index/IncludeWalk.h"
#include "support/Paths.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {

class IncludeWalkTest : public ::testing::Test {
protected:
  std::string Root, Lib;

  void SetUp() override {
    llvm::SmallString<128> Dir;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("includewalk", Dir));
    std::string Top = normalizePath(Dir);
    Root = Top + "/src";
    Lib = Top + "/lib";
    ASSERT_FALSE(llvm::sys::fs::create_directories(Root + "/svc"));
    ASSERT_FALSE(llvm::sys::fs::create_directories(Lib));
  }

  void write(const std::string &Path, llvm::StringRef Text) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }

  std::vector<IncludeStep> walk(const std::string &Main) {
    IncludeSearch Search = includeSearchOf(
        {"/usr/bin/clang++-22", "-std=c++20", "-I" + Root, "-I" + Lib, "-c",
         Main},
        Root);
    EXPECT_TRUE(Search.Valid);
    ExtractOptions Options;
    Options.ProjectRoot = Root;
    return walkLeadingIncludes(Main, Search, Options);
  }
};

} // namespace

TEST_F(IncludeWalkTest, SearchPathComesFromClangsDriver) {
  IncludeSearch S = includeSearchOf({"/usr/bin/clang++-22", "-iquote", "q",
                                     "-I", "a", "-Ib", "-isystem", "s", "-c",
                                     Root + "/x.cpp"},
                                    Root);
  ASSERT_TRUE(S.Valid);
  EXPECT_EQ(S.Quoted, std::vector<std::string>{Root + "/q"});
  EXPECT_EQ(S.Angled, (std::vector<std::string>{Root + "/a", Root + "/b"}));
}

TEST_F(IncludeWalkTest, FollowsProjectHeadersPastTheirGuards) {
  write(Lib + "/grpc.h", "#pragma once\n");
  write(Lib + "/kafka.h", "#pragma once\n");
  write(Root + "/svc/service.h", "// banner\n#ifndef SERVICE_H\n#define SERVICE_H\n"
                                 "#include <map>\n#include <grpc.h>\n"
                                 "#include \"kafka.h\"\nint f();\n#endif\n");
  write(Root + "/svc/a.cpp", "/* a */\n#include <chrono>\n#include \"service.h\"\n"
                             "#include <late.h>\n");
  std::vector<IncludeStep> Steps = walk(Root + "/svc/a.cpp");
  ASSERT_EQ(Steps.size(), 5u);
  EXPECT_EQ(Steps[0].K, IncludeStep::Standard);
  EXPECT_EQ(Steps[1].K, IncludeStep::Project);
  EXPECT_EQ(Steps[1].Path, Root + "/svc/service.h");
  EXPECT_EQ(Steps[2].K, IncludeStep::Standard);
  EXPECT_EQ(Steps[3].Line, "#include <grpc.h>");
  EXPECT_EQ(Steps[3].Includer, Root + "/svc/service.h");
  EXPECT_EQ(Steps[4].Line, "#include \"kafka.h\"");
  // service.h has code after its includes: the walk ends inside it, and
  // <late.h> in a.cpp is not reached.
  EXPECT_EQ(sharedIncludeLines(Steps),
            (std::vector<std::string>{"#include <grpc.h>", "#include \"kafka.h\""}));
}

TEST_F(IncludeWalkTest, StopsAtTheFirstLineThatIsNotAnInclude) {
  write(Lib + "/grpc.h", "#pragma once\n");
  write(Root + "/configured.h", "#pragma once\n#define WITH_TLS 1\n#include <grpc.h>\n");
  write(Root + "/unguarded.h", "#include <grpc.h>\n");
  write(Root + "/a.cpp", "#include \"configured.h\"\n");
  write(Root + "/b.cpp", "#include \"unguarded.h\"\n#include <grpc.h>\n");
  write(Root + "/c.cpp", "#define X 1\n#include <grpc.h>\n");
  write(Root + "/d.cpp", "#include <grpc.h>\n#if X\n#include <more.h>\n#endif\n");
  EXPECT_TRUE(sharedIncludeLines(walk(Root + "/a.cpp")).empty());
  // A project header without a guard could be entered twice: not followed.
  EXPECT_TRUE(sharedIncludeLines(walk(Root + "/b.cpp")).empty());
  EXPECT_TRUE(walk(Root + "/c.cpp").empty());
  EXPECT_EQ(sharedIncludeLines(walk(Root + "/d.cpp")),
            std::vector<std::string>{"#include <grpc.h>"});
}

TEST_F(IncludeWalkTest, GeneratedAndNeighbouringHeadersAreShared) {
  // A generated header inside the project root is not followed: it is the
  // IDL's, and goes in the PCH, named by its path when found beside.
  write(Root + "/svc/orders.grpc.pb.h", "#pragma once\n");
  write(Root + "/svc/a.cpp", "#include \"orders.grpc.pb.h\"\n#include \"orders.grpc.pb.h\"\n");
  std::vector<IncludeStep> Steps = walk(Root + "/svc/a.cpp");
  ASSERT_EQ(Steps.size(), 2u);
  EXPECT_EQ(sharedIncludeLines(Steps),
            std::vector<std::string>{"#include \"" + Root +
                                     "/svc/orders.grpc.pb.h\""});
}

TEST(IncludeWalk, StandardLibraryHeaders) {
  EXPECT_TRUE(isStandardLibraryHeader("chrono"));
  EXPECT_TRUE(isStandardLibraryHeader("stdio.h"));
  EXPECT_TRUE(isStandardLibraryHeader("cstdint"));
  EXPECT_FALSE(isStandardLibraryHeader("cassert"));
  EXPECT_FALSE(isStandardLibraryHeader("assert.h"));
  EXPECT_FALSE(isStandardLibraryHeader("grpcpp/grpcpp.h"));
}
