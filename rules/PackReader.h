//===- PackReader.h - Reading one rule pack's JSON into rules ---*- C++ -*-===//
//
// Internal to decoupleRules: parseRulePack (RuleSet.cpp) is the public entry.
// The primitives (errors, keys, indices, strings, operands, roles) are in
// PackReader.cpp; the "match" object and the rule object in
// PackReaderRules.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_RULES_PACKREADER_H
#define DECOUPLE_RULES_PACKREADER_H

#include "rules/RuleSet.h"
#include "support/JsonDocument.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace decouple {

/// Reads one pack, collecting every error rather than stopping at the first:
/// a user fixing a pack wants the whole list.
class PackReader {
  using json = nlohmann::json;

public:
  PackReader(const JsonDocument &Doc, std::vector<std::string> &Errors)
      : Doc(Doc), Errors(Errors) {}

  bool read(RuleSet &Set);

private:
  const JsonDocument &Doc;
  std::vector<std::string> &Errors;

  void error(const std::string &Pointer, const std::string &Message);

  void knownKeys(const json &Obj, const std::string &Pointer,
                 std::initializer_list<const char *> Keys);

  bool readIndex(const json &V, const std::string &Pointer, unsigned &Out);

  void readOptIndex(const json &Obj, const char *Key, const std::string &P,
                    std::optional<unsigned> &Out);

  void readGlobs(const json &V, const std::string &Pointer,
                 std::vector<Glob> &Out);

  /// readGlobs of \p Obj[\p Key] when the key is present.
  void readOptGlobs(const json &Obj, const char *Key, const std::string &P,
                    std::vector<Glob> &Out);

  void readString(const json &Obj, const char *Key, const std::string &P,
                  std::string &Out);

  /// "receiver" or {"arg": k}.
  void readOperand(const json &Obj, const char *Key, const std::string &P,
                   Operand &Out);

  std::optional<Role> readRole(const json &V, const std::string &P);

  void readMatch(const json &M, const std::string &P, MatchSpec &Out);

  bool readRule(const json &J, const std::string &P, Rule &R);
};

} // namespace decouple

#endif // DECOUPLE_RULES_PACKREADER_H
