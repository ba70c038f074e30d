//===- ExtractorTest.cpp - extractSummary on code parsed in-process -------===//
//
// Like clangd's SymbolCollectorTests: parse a small program with the real
// gRPC, librdkafka and SQLite headers, run the extractor with the built-in
// rule packs, and pin the fields of each site it records. A lit test sees
// only what a check prints; these see what the index stores.
//
//===----------------------------------------------------------------------===//
#include "analysis/ProjectConfig.h"
#include "index/Extractor.h"

#include "clang/AST/ASTContext.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>

using namespace decouple;

namespace {

// A made-up absolute path: the code lives only in the in-memory overlay.
constexpr const char *MainFile = "/decouple-test/orders/service.cpp";

// Lines are pinned below: keep the numbered comments in step with the code.
constexpr const char *Code = R"cpp(#include "testsvc.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

std::unique_ptr<testsvc::Payments::Stub> payments;
rd_kafka_t *producer;
sqlite3 *db;

class OrdersImpl final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() +
                     std::chrono::milliseconds(250));
    grpc::Status s = payments->Charge(&ctx, *req, resp);
    sqlite3_exec(db, "INSERT INTO orders VALUES (1)", nullptr, nullptr, nullptr);
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("orders-placed"),
                      RD_KAFKA_V_END);
    return s;
  }
  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    grpc::ClientContext ctx;
    testsvc::Resp ignored;
    payments->Charge(&ctx, *req, &ignored);
    sqlite3_exec(db, "SELECT * FROM orders", nullptr, nullptr, nullptr);
    return grpc::Status::OK;
  }
};
)cpp";
// Line 12: Place (entry point)   line 17: Charge with a 250 ms deadline
// line 18: INSERT                line 19: publish to orders-placed
// line 23: Get (entry point)     line 27: Charge without a deadline, status
// and response never read         line 28: SELECT

class ExtractorTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Summary = new TuSummary;
    Problems = new std::vector<std::string>;
    RuleSet Rules;
    if (!loadProjectRules(ProjectConfig{}, {}, Rules, *Problems))
      return;
    std::vector<std::string> Args = {
        "-std=c++20", "-I" DECOUPLE_TEST_GEN_DIR,
        "-resource-dir=" DECOUPLE_TEST_RESOURCE_DIR};
    std::unique_ptr<clang::ASTUnit> AST =
        clang::tooling::buildASTFromCodeWithArgs(Code, Args, MainFile);
    if (!AST) {
      Problems->push_back("the test code did not parse");
      return;
    }
    *Summary = extractSummary(AST->getASTContext(), Rules, ExtractOptions{});
  }
  static void TearDownTestSuite() {
    delete Summary;
    delete Problems;
  }

  void SetUp() override {
    ASSERT_TRUE(Problems->empty()) << ::testing::PrintToString(*Problems);
    ASSERT_EQ(Summary->ErrorCount, 0u)
        << ::testing::PrintToString(Summary->Errors);
  }

  /// The one site of \p Kind at \p Line; fails the test if there is not
  /// exactly one.
  static const Site *siteAt(SiteKind Kind, unsigned Line) {
    const Site *Found = nullptr;
    for (const Site &S : Summary->Sites)
      if (S.Kind == Kind && S.Loc.File == MainFile && S.Loc.Line == Line) {
        EXPECT_EQ(Found, nullptr) << "two " << siteKindName(Kind)
                                  << " sites on line " << Line;
        Found = &S;
      }
    EXPECT_NE(Found, nullptr) << "no " << siteKindName(Kind) << " site on line "
                              << Line << "; sites:\n" << dump();
    return Found;
  }

  static std::string dump() {
    std::ostringstream OS;
    for (const Site &S : Summary->Sites)
      OS << "  " << siteKindName(S.Kind) << " " << S.Loc.File << ":"
         << S.Loc.Line << ":" << S.Loc.Column << " " << S.RuleId << " "
         << S.Callee << " service=" << S.Service << " via=" << S.Via << "\n";
    return OS.str();
  }

  static const FunctionInfo *function(const std::string &Usr) {
    for (const FunctionInfo &F : Summary->Functions)
      if (F.Usr == Usr)
        return &F;
    return nullptr;
  }

  static TuSummary *Summary;
  static std::vector<std::string> *Problems;
};

TuSummary *ExtractorTest::Summary;
std::vector<std::string> *ExtractorTest::Problems;

TEST_F(ExtractorTest, SummaryNamesTheMainFileFirstInTheIncludeGraph) {
  EXPECT_EQ(Summary->MainFile, MainFile);
  ASSERT_FALSE(Summary->Includes.empty());
  EXPECT_EQ(Summary->Includes.front().Path, MainFile);
  EXPECT_NE(Summary->Includes.front().Digest, 0u);
  bool SawGenerated = false;
  for (const IncludedFile &F : Summary->Includes)
    SawGenerated |= llvm::StringRef(F.Path).ends_with("testsvc.grpc.pb.h");
  EXPECT_TRUE(SawGenerated);
}

TEST_F(ExtractorTest, GrpcServiceOverrideIsAnEntryPoint) {
  const Site *S = siteAt(SiteKind::EntryPoint, 12);
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->RuleId, "grpc-sync-service-method");
  EXPECT_EQ(S->Protocol, "grpc");
  EXPECT_EQ(S->Callee, "OrdersImpl::Place");
  EXPECT_EQ(S->Service, "Orders");
  EXPECT_EQ(S->Via, "Place");
  EXPECT_FALSE(S->Consumer);
  EXPECT_FALSE(S->EventLoop);
  // The entry's function is the handler itself, and it is defined here.
  const FunctionInfo *F = function(S->Function);
  ASSERT_NE(F, nullptr) << S->Function;
  EXPECT_EQ(F->Name, "OrdersImpl::Place");
  EXPECT_TRUE(F->HasBody);
  EXPECT_FALSE(F->Overrides.empty()) << "overrides the generated Service";
}

TEST_F(ExtractorTest, BlockingStubCallWithConstantDeadline) {
  const Site *S = siteAt(SiteKind::RemoteCall, 17);
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->RuleId, "grpc-sync-stub-call");
  EXPECT_EQ(S->Protocol, "grpc");
  EXPECT_EQ(S->Loc, (Location{MainFile, 17, 22}));
  EXPECT_EQ(S->Callee, "testsvc::Payments::Stub::Charge");
  EXPECT_EQ(S->Service, "Payments");
  EXPECT_EQ(S->Via, "Charge");
  EXPECT_EQ(S->Mode, CallMode::Sync);
  EXPECT_EQ(S->Deadline, DeadlineKind::Constant);
  EXPECT_EQ(S->DeadlineMs, 250);
  EXPECT_TRUE(S->ResultUsed) << "the status is returned";
  EXPECT_EQ(S->CallText, "payments->Charge(&ctx, *req, resp)");
  EXPECT_EQ(S->RequestText, "*req");
  // The caller is the handler whose entry point is on line 12.
  const Site *Entry = siteAt(SiteKind::EntryPoint, 12);
  ASSERT_NE(Entry, nullptr);
  EXPECT_EQ(S->Function, Entry->Function);
}

TEST_F(ExtractorTest, BlockingStubCallWithoutDeadlineAndResultIgnored) {
  const Site *S = siteAt(SiteKind::RemoteCall, 27);
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->RuleId, "grpc-sync-stub-call");
  EXPECT_EQ(S->Loc, (Location{MainFile, 27, 5}));
  EXPECT_EQ(S->Callee, "testsvc::Payments::Stub::Charge");
  EXPECT_EQ(S->Service, "Payments");
  EXPECT_EQ(S->Via, "Charge");
  EXPECT_EQ(S->Mode, CallMode::Sync);
  EXPECT_EQ(S->Deadline, DeadlineKind::Missing);
  EXPECT_EQ(S->DeadlineMs, -1);
  EXPECT_FALSE(S->ResultUsed) << "neither the status nor the response is read";
  EXPECT_EQ(S->CallText, "payments->Charge(&ctx, *req, &ignored)");
  const Site *Entry = siteAt(SiteKind::EntryPoint, 23);
  ASSERT_NE(Entry, nullptr);
  EXPECT_EQ(Entry->Callee, "OrdersImpl::Get");
  EXPECT_EQ(Entry->Via, "Get");
  EXPECT_EQ(S->Function, Entry->Function);
}

TEST_F(ExtractorTest, KafkaProduceIsAPublishNotARemoteCall) {
  const Site *S = siteAt(SiteKind::Publish, 19);
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->RuleId, "rdkafka-c-produce");
  EXPECT_EQ(S->Protocol, "kafka");
  EXPECT_EQ(S->Loc, (Location{MainFile, 19, 5}));
  EXPECT_EQ(S->Callee, "rd_kafka_producev");
  EXPECT_EQ(S->Via, "orders-placed");
  for (const Site &Other : Summary->Sites)
    EXPECT_FALSE(Other.Kind == SiteKind::RemoteCall && Other.Loc.Line == 19)
        << "a publish is not a sync call";
}

TEST_F(ExtractorTest, SqliteStatementsAreReadsOrWritesByVerb) {
  const Site *W = siteAt(SiteKind::DatastoreWrite, 18);
  ASSERT_NE(W, nullptr);
  EXPECT_EQ(W->RuleId, "sqlite-exec");
  EXPECT_EQ(W->Loc, (Location{MainFile, 18, 5}));
  EXPECT_EQ(W->Callee, "sqlite3_exec");
  EXPECT_EQ(W->Service, "sqlite");
  EXPECT_EQ(W->Via, "INSERT INTO orders VALUES (1)");
  const Site *R = siteAt(SiteKind::DatastoreRead, 28);
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Service, "sqlite");
  EXPECT_EQ(R->Via, "SELECT * FROM orders");
  for (const Site &Other : Summary->Sites)
    EXPECT_FALSE(Other.Kind == SiteKind::DatastoreWrite && Other.Loc.Line == 28)
        << "SELECT is not a write";
}

TEST_F(ExtractorTest, NothingElseIsMarkedInTheMainFile) {
  // Two entries, two calls, one publish, one write, one read: any other site
  // in the main file is a false positive.
  unsigned InMain = 0;
  for (const Site &S : Summary->Sites)
    InMain += S.Loc.File == MainFile;
  EXPECT_EQ(InMain, 7u) << dump();
}

} // namespace
