//===- RuleSet.cpp - Parsing and validating rule packs --------------------===//
//
// One pack's text to rules, with every error it has. Finding the pack files,
// reading them and hashing them is RulePackFiles.cpp; the reader itself is
// PackReader.h.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleSet.h"
#include "rules/PackReader.h"
#include "support/JsonDocument.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

namespace decouple {

const char *roleName(Role R) {
  switch (R) {
#define ROLE(Enumerator, Name)                                                 \
  case Role::Enumerator:                                                       \
    return Name;
#include "rules/Roles.def"
  }
  return "?";
}

bool setsTransportTimeout(const Rule &R) {
  return R.Kind == Role::DeadlineSetter && !R.Protocol.empty();
}

bool parseRulePack(std::string_view Text, const std::string &Name,
                   RuleSet &Set, std::vector<std::string> &Errors) {
  JsonDocument Doc;
  std::string Error;
  if (!parseJsonDocument(Text, Name, Doc, Error)) {
    Errors.push_back(Error.insert(Error.find(": ") + 2, "error: "));
    return false;
  }
  size_t Before = Set.Rules.size();
  PackReader Reader(Doc, Errors);
  if (!Reader.read(Set)) {
    Set.Rules.resize(Before); // a broken pack contributes nothing
    return false;
  }
  Set.Sources.push_back(Name);
  Set.TextDigests.push_back(
      llvm::xxh3_64bits(llvm::StringRef(Text.data(), Text.size())));
  return true;
}

} // namespace decouple
