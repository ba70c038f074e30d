// driver/WorkerLauncher: workers fork from a process made early, so they do
// not carry what the indexer allocated since.
#include "driver/WorkerLauncher.h"

#include <cstring>
#include <memory>
#include <set>
#include <sys/wait.h>
#include <vector>

#include <gtest/gtest.h>

using namespace decouple;

namespace {

constexpr size_t Big = 256u << 20; // 256 MiB
constexpr long BigKb = Big / 1024;

std::vector<WorkerLauncher::Ended> waitFor(WorkerLauncher &L, size_t N) {
  std::vector<WorkerLauncher::Ended> Out;
  WorkerLauncher::Ended E;
  while (Out.size() < N && L.poll(E, /*Wait=*/true))
    Out.push_back(E);
  return Out;
}

TEST(WorkerLauncher, ReportsEachWorkersExit) {
  WorkerLauncher L([](const std::string &Task) { return Task == "fail" ? 3 : 0; });
  ASSERT_TRUE(L.running());
  pid_t A = L.start("ok", "/dev/null"), B = L.start("fail", "/dev/null");
  ASSERT_GT(A, 0);
  ASSERT_GT(B, 0);
  std::set<int> Exits;
  for (const WorkerLauncher::Ended &E : waitFor(L, 2)) {
    ASSERT_TRUE(WIFEXITED(E.Status));
    EXPECT_TRUE(E.Pid == A || E.Pid == B);
    Exits.insert(WEXITSTATUS(E.Status) + (E.Pid == B ? 100 : 0));
  }
  EXPECT_EQ(Exits, (std::set<int>{0, 103}));
  WorkerLauncher::Ended E;
  EXPECT_FALSE(L.poll(E)); // nothing else ended
}

TEST(WorkerLauncher, WorkersDoNotCarryLaterAllocations) {
  WorkerLauncher L([](const std::string &) { return 0; });
  auto Block = std::make_unique<char[]>(Big);
  std::memset(Block.get(), 1, Big);
  ASSERT_GT(L.start("", "/dev/null"), 0);
  auto Ended = waitFor(L, 1);
  ASSERT_EQ(Ended.size(), 1u);
  EXPECT_LT(Ended[0].MaxRssKb, BigKb / 2);
  EXPECT_EQ(Block[Big - 1], 1);
}

TEST(WorkerLauncher, WorkersCarryEarlierAllocationsUnlessShed) {
  auto Block = std::make_unique<char[]>(Big);
  std::memset(Block.get(), 1, Big);
  {
    // The control: forked after the allocation, a worker carries it.
    WorkerLauncher L([](const std::string &) { return 0; });
    ASSERT_GT(L.start("", "/dev/null"), 0);
    auto Ended = waitFor(L, 1);
    ASSERT_EQ(Ended.size(), 1u);
    EXPECT_GT(Ended[0].MaxRssKb, BigKb);
  }
  // Shed frees it in the launcher only.
  WorkerLauncher L([](const std::string &) { return 0; }, [&] { Block.reset(); });
  ASSERT_GT(L.start("", "/dev/null"), 0);
  auto Ended = waitFor(L, 1);
  ASSERT_EQ(Ended.size(), 1u);
  EXPECT_LT(Ended[0].MaxRssKb, BigKb / 2);
  ASSERT_TRUE(Block);
  EXPECT_EQ(Block[0], 1);
}

} // namespace
