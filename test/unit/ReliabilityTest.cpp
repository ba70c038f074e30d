// An index restored from a CI cache is untrusted: a manifest cannot send a
// reader outside <index>/shards.
#include "index/IndexManifest.h"
#include "support/JsonDocument.h"

#include "llvm/Support/FileSystem.h"

#include <gtest/gtest.h>

using namespace decouple;

TEST(Reliability, ShardNamesArePlainFileNames) {
  EXPECT_TRUE(isPlainShardName("a.cpp.0123ABCD.shard"));
  EXPECT_FALSE(isPlainShardName("../a.shard"));
  EXPECT_FALSE(isPlainShardName("/etc/x.shard"));
  EXPECT_FALSE(isPlainShardName("sub/a.shard"));
  EXPECT_FALSE(isPlainShardName("a\\..\\b.shard"));
  EXPECT_FALSE(isPlainShardName(".shard"));
  EXPECT_FALSE(isPlainShardName(".."));
  EXPECT_FALSE(isPlainShardName("a.cpp"));
}

TEST(Reliability, AManifestWithAnEscapingNameIsCorrupt) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("manifest", Dir));
  std::string Path = std::string(Dir) + "/manifest.bin", Error, Why;
  for (const char *Name : {"../../outside.shard", "/tmp/abs.shard"}) {
    IndexManifest M;
    M.Root = std::string(Dir);
    M.Entries[Name].MainFile = std::string(Dir) + "/a.cpp";
    ASSERT_TRUE(M.save(Path, Error)) << Error;
    IndexManifest Back;
    EXPECT_EQ(Back.load(Path, Why), ShardStatus::Corrupt) << Name;
    EXPECT_NE(Why.find("is not a file name"), std::string::npos) << Why;
    EXPECT_TRUE(Back.Entries.empty());
  }
  IndexManifest Good;
  Good.Root = std::string(Dir);
  Good.Entries["a.cpp.1234.shard"].MainFile = std::string(Dir) + "/a.cpp";
  ASSERT_TRUE(Good.save(Path, Error)) << Error;
  IndexManifest Back;
  EXPECT_EQ(Back.load(Path, Why), ShardStatus::Ok) << Why;
  EXPECT_EQ(Back.Entries.size(), 1u);
  llvm::sys::fs::remove_directories(Dir);
}

// Found by fuzz_json_document: "\u" followed by non-hex characters threw
// std::invalid_argument out of std::stoul and terminated the process.
TEST(Reliability, AMalformedUnicodeEscapeIsAPositionedError) {
  for (const char *Text : {R"({"s\u/a/4": 1})", R"(["\u12"])", R"(["\u+1ab"])",
                           R"(["\u 123"])", "[\"\\u"}) {
    JsonDocument Doc;
    std::string Error;
    EXPECT_FALSE(parseJsonDocument(Text, "f.json", Doc, Error)) << Text;
    EXPECT_EQ(Error.rfind("f.json:1:", 0), 0u) << Error;
  }
  JsonDocument Doc;
  std::string Error;
  ASSERT_TRUE(parseJsonDocument(R"(["\u00E9\u0041"])", "f.json", Doc, Error)) << Error;
  EXPECT_EQ(Doc.Value[0].get<std::string>(), "\xC3\xA9" "A");
}
