#include "rules/RuleSet.h"

#include <gtest/gtest.h>

using namespace decouple;

namespace {
bool parse(const std::string &Text, RuleSet &Set, std::vector<std::string> &Errors) {
  return parseRulePack(Text, "pack.json", Set, Errors);
}
} // namespace

TEST(RuleSet, ReadsEveryRole) {
  RuleSet Set;
  std::vector<std::string> Errors;
  ASSERT_TRUE(parse(R"({"version": 1, "rules": [
    {"id": "a", "role": "sync-call", "match": {"callee": "x::call"},
     "style": "awaitable", "context": {"arg": 0}, "target": {"from": "idl"}},
    {"id": "b", "role": "entry-point", "match": {"callee": "srv::Get"},
     "handler_arg": 1, "route_arg": 0, "event_loop": true},
    {"id": "c", "role": "deadline-setter", "match": {"callee": "x::set"},
     "object": "receiver", "value_arg": 0, "unit": "ms"}
  ]})", Set, Errors));
  ASSERT_EQ(Set.Rules.size(), 3u);
  EXPECT_EQ(Set.Rules[0].Style, CallStyle::Awaitable);
  EXPECT_EQ(Set.Rules[0].Context.K, Operand::Argument);
  EXPECT_TRUE(Set.Rules[0].TargetFromIdl);
  EXPECT_EQ(*Set.Rules[1].HandlerArg, 1u);
  EXPECT_TRUE(Set.Rules[1].EventLoop);
  EXPECT_EQ(Set.Rules[2].Object.K, Operand::Receiver);
  EXPECT_EQ(Set.Rules[2].Unit, "ms");
  EXPECT_EQ(Set.Rules[0].Where, "pack.json:2:5");
}

TEST(RuleSet, UnknownKeysAreErrorsWithPositions) {
  RuleSet Set;
  std::vector<std::string> Errors;
  EXPECT_FALSE(parse("{\"version\": 1, \"rules\": [\n"
                     "  {\"id\": \"a\", \"role\": \"sync-call\",\n"
                     "   \"match\": {\"calee\": \"x\"}}]}",
                     Set, Errors));
  ASSERT_FALSE(Errors.empty());
  EXPECT_NE(Errors[0].find("pack.json:3:14: error: unknown key \"calee\""),
            std::string::npos)
      << Errors[0];
  EXPECT_TRUE(Set.Rules.empty()) << "a broken pack contributes nothing";
}

TEST(RuleSet, ReportsEveryProblemNotJustTheFirst) {
  RuleSet Set;
  std::vector<std::string> Errors;
  EXPECT_FALSE(parse(R"({"version": 2, "rules": [
    {"id": "a", "role": "teleport", "match": {"callee": "x"}},
    {"role": "deadline-setter", "match": {"callee": "y"}}]})",
                     Set, Errors));
  std::string All;
  for (const std::string &E : Errors)
    All += E + "\n";
  EXPECT_NE(All.find("unsupported version"), std::string::npos) << All;
  EXPECT_NE(All.find("expected a role"), std::string::npos) << All;
  EXPECT_NE(All.find("non-empty \"id\""), std::string::npos) << All;
  EXPECT_NE(All.find("needs \"object\""), std::string::npos) << All;
}

TEST(RuleSet, DigestChangesWithTheRules) {
  RuleSet A, B;
  std::vector<std::string> Errors;
  ASSERT_TRUE(parse(R"({"version": 1, "rules": []})", A, Errors));
  ASSERT_TRUE(parse(R"({"version": 1, "rules": [ ]})", B, Errors));
  EXPECT_NE(A.digest(), B.digest());
  RuleSet C;
  ASSERT_TRUE(parse(R"({"version": 1, "rules": []})", C, Errors));
  EXPECT_EQ(A.digest(), C.digest());
}

TEST(RuleSet, ReadsStreamingReceiverTypeAndPropagation) {
  RuleSet Set;
  std::vector<std::string> Errors;
  ASSERT_TRUE(parse(R"({"version": 1, "rules": [
    {"id": "a", "role": "sync-call", "match": {"callee": "g::**::Write",
     "receiver_type": "g::Stream<**"}, "streaming": "bidi",
     "unless_kind": "opened", "object": "receiver"},
    {"id": "b", "role": "deadline-setter", "match": {"callee": "g::From"},
     "object": "result", "propagates": true}
  ]})", Set, Errors)) << (Errors.empty() ? "" : Errors[0]);
  ASSERT_EQ(Set.Rules.size(), 2u);
  EXPECT_EQ(Set.Rules[0].Streaming, "bidi");
  EXPECT_EQ(Set.Rules[0].UnlessKind, "opened");
  ASSERT_TRUE(Set.Rules[0].Match.ReceiverType);
  EXPECT_TRUE(Set.Rules[0].Match.ReceiverType->matches("g::Stream<a::B,c::D>"));
  EXPECT_TRUE(Set.Rules[1].Propagates);
  EXPECT_FALSE(Set.Rules[0].Propagates);
}

TEST(RuleSet, StreamingKindsAreChecked) {
  RuleSet Set;
  std::vector<std::string> Errors;
  EXPECT_FALSE(parse(R"({"version": 1, "rules": [
    {"id": "a", "role": "sync-call", "match": {"callee": "x"},
     "streaming": "sideways"},
    {"id": "b", "role": "deadline-setter", "match": {"callee": "y",
     "receiver_type": 3}, "object": "receiver", "propagates": "yes"}]})",
                     Set, Errors));
  std::string All;
  for (const std::string &E : Errors)
    All += E + "\n";
  EXPECT_NE(All.find("expected \"server\", \"client\" or \"bidi\""),
            std::string::npos) << All;
  EXPECT_NE(All.find("5:23: error: expected a type pattern"),
            std::string::npos) << All;
  EXPECT_NE(All.find("expected true or false"), std::string::npos) << All;
}

TEST(RuleSet, ReadsConditionsOnNamesArgumentsAndChains) {
  RuleSet Set;
  std::vector<std::string> Errors;
  ASSERT_TRUE(parse(R"({"version": 1, "rules": [
    {"id": "a", "role": "sync-call",
     "match": {"method_of": "**Client", "class_has_method": "recv_{name}",
               "unless_class_has_method": ["send_{name}"],
               "overrides": {"class": "**If", "not_class": "**CobSvIf"}},
     "deadline_arg": 1, "unit": "s", "no_deadline": [0, 0.5]},
    {"id": "b", "role": "async-publish",
     "match": {"callee": "redisCommand", "arg_first_word": {"1": ["publish"]},
               "unless_arg_first_word": {"1": "SET"}},
     "topic_arg": 1, "topic_word": 1},
    {"id": "c", "role": "entry-point", "match": {"callee": "app::rule"},
     "handler_arg": 0, "route_arg": 0, "method_arg": 2,
     "route_call": ["app::route", "app::route_dynamic"]}
  ]})", Set, Errors)) << (Errors.empty() ? "" : Errors[0]);
  ASSERT_EQ(Set.Rules.size(), 3u);
  const MatchSpec &A = Set.Rules[0].Match;
  ASSERT_EQ(A.ClassHasMethod.size(), 1u);
  EXPECT_EQ(A.ClassHasMethod[0].pattern(), "recv_{name}");
  EXPECT_EQ(A.UnlessClassHasMethod[0].pattern(), "send_{name}");
  ASSERT_TRUE(A.Overrides);
  EXPECT_EQ(A.Overrides->NotClass[0].pattern(), "**CobSvIf");
  EXPECT_EQ(Set.Rules[0].NoDeadline, (std::vector<double>{0, 0.5}));
  const MatchSpec &B = Set.Rules[1].Match;
  EXPECT_EQ(B.ArgFirstWord.at(1), std::vector<std::string>{"PUBLISH"});
  EXPECT_EQ(B.UnlessArgFirstWord.at(1), std::vector<std::string>{"SET"});
  EXPECT_EQ(*Set.Rules[1].TopicWord, 1u);
  EXPECT_EQ(*Set.Rules[2].MethodArg, 2u);
  EXPECT_EQ(Set.Rules[2].RouteCall.size(), 2u);
}

TEST(RuleSet, NoDeadlineMustBeNumbers) {
  RuleSet Set;
  std::vector<std::string> Errors;
  EXPECT_FALSE(parse("{\"version\": 1, \"rules\": [\n"
                     "  {\"id\": \"a\", \"role\": \"sync-call\", \"match\": {\"callee\": \"x\"},\n"
                     "   \"deadline_arg\": 1, \"no_deadline\": [\"never\"]}]}",
                     Set, Errors));
  ASSERT_FALSE(Errors.empty());
  EXPECT_NE(Errors[0].find("pack.json:3:38: error: expected a non-empty array of numbers"),
            std::string::npos)
      << Errors[0];
}
