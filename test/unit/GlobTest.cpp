#include "support/Glob.h"

#include <gtest/gtest.h>

using decouple::Glob;

TEST(Glob, StarStaysInsideOneNameComponent) {
  EXPECT_TRUE(Glob("grpc::*").matches("grpc::ClientContext"));
  EXPECT_FALSE(Glob("grpc::*").matches("grpc::internal::Call"));
  EXPECT_TRUE(Glob("**::Stub").matches("shop::Orders::Stub"));
  EXPECT_FALSE(Glob("*::Stub").matches("shop::Orders::Stub"));
}

TEST(Glob, BracesListAlternatives) {
  Glob G("httplib::Server::{Get,Post}");
  EXPECT_TRUE(G.matches("httplib::Server::Get"));
  EXPECT_TRUE(G.matches("httplib::Server::Post"));
  EXPECT_FALSE(G.matches("httplib::Server::Put"));
}

TEST(Glob, WhitespaceAndLeadingScopeAreIgnored) {
  EXPECT_TRUE(Glob("grpc::ClientContext *").matches("::grpc::ClientContext*"));
  EXPECT_TRUE(Glob("const std::string &").matches("const std::string&"));
}

TEST(Glob, QuestionMarkIsOneCharacter) {
  EXPECT_TRUE(Glob("sqlite3_prepare_v?").matches("sqlite3_prepare_v2"));
  EXPECT_FALSE(Glob("sqlite3_prepare_v?").matches("sqlite3_prepare"));
}
