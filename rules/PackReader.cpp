//===- PackReader.cpp - A pack's top level and the value primitives -------===//
#include "rules/PackReader.h"

#include <algorithm>
#include <set>

namespace decouple {

using nlohmann::json;

bool PackReader::read(RuleSet &Set) {
  const json &Root = Doc.Value;
  if (!Root.is_object()) {
    error("", "expected an object with \"version\" and \"rules\"");
    return false;
  }
  knownKeys(Root, "", {"version", "name", "description", "rules"});
  if (!Root.contains("version"))
    error("", "missing \"version\" (this tool reads version " +
                  std::to_string(RuleFormatVersion) + ")");
  else if (!Root["version"].is_number_integer() ||
           Root["version"].get<int>() != RuleFormatVersion)
    error("/version", "unsupported version; expected " +
                          std::to_string(RuleFormatVersion));
  if (!Root.contains("rules") || !Root["rules"].is_array()) {
    error(Root.contains("rules") ? "/rules" : "",
          "expected \"rules\": an array of rule objects");
    return false;
  }
  size_t Before = Errors.size();
  std::set<std::string> Ids;
  for (const Rule &R : Set.Rules)
    Ids.insert(R.Id);
  const json &Rules = Root["rules"];
  for (size_t I = 0; I < Rules.size(); ++I) {
    Rule R;
    if (readRule(Rules[I], "/rules/" + std::to_string(I), R)) {
      if (!Ids.insert(R.Id).second)
        error("/rules/" + std::to_string(I) + "/id",
              "duplicate rule id \"" + R.Id + "\"");
      else
        Set.Rules.push_back(std::move(R));
    }
  }
  return Errors.size() == Before;
}

void PackReader::error(const std::string &Pointer, const std::string &Message) {
  Errors.push_back(Doc.where(Pointer) + ": error: " + Message);
}

void PackReader::knownKeys(const json &Obj, const std::string &Pointer,
                           std::initializer_list<const char *> Keys) {
  for (auto It = Obj.begin(); It != Obj.end(); ++It) {
    bool Known = std::any_of(Keys.begin(), Keys.end(), [&](const char *K) {
      return It.key() == K;
    });
    if (!Known) {
      std::string Expected;
      for (const char *K : Keys)
        Expected += std::string(Expected.empty() ? "" : ", ") + K;
      error(Pointer + "/" + It.key() + "#key",
            "unknown key \"" + It.key() + "\"; expected one of: " +
                Expected);
    }
  }
}

bool PackReader::readIndex(const json &V, const std::string &Pointer, unsigned &Out) {
  if (!V.is_number_integer() || V.get<long long>() < 0) {
    error(Pointer, "expected a non-negative argument index");
    return false;
  }
  Out = V.get<unsigned>();
  return true;
}

void PackReader::readOptIndex(const json &Obj, const char *Key, const std::string &P,
                              std::optional<unsigned> &Out) {
  if (!Obj.contains(Key))
    return;
  unsigned V;
  if (readIndex(Obj[Key], P + "/" + Key, V))
    Out = V;
}

void PackReader::readGlobs(const json &V, const std::string &Pointer,
                           std::vector<Glob> &Out) {
  if (V.is_string()) {
    Out.emplace_back(V.get<std::string>());
    return;
  }
  if (V.is_array() && !V.empty()) {
    for (size_t I = 0; I < V.size(); ++I) {
      if (V[I].is_string())
        Out.emplace_back(V[I].get<std::string>());
      else
        error(Pointer + "/" + std::to_string(I), "expected a pattern string");
    }
    return;
  }
  error(Pointer, "expected a pattern string or a non-empty array of them");
}

void PackReader::readOptGlobs(const json &Obj, const char *Key,
                              const std::string &P, std::vector<Glob> &Out) {
  if (Obj.contains(Key))
    readGlobs(Obj[Key], P + "/" + Key, Out);
}

void PackReader::readString(const json &Obj, const char *Key, const std::string &P,
                            std::string &Out) {
  if (!Obj.contains(Key))
    return;
  if (Obj[Key].is_string())
    Out = Obj[Key].get<std::string>();
  else
    error(P + "/" + Key, std::string("expected a string for \"") + Key +
                             "\"");
}

/// "receiver" or {"arg": k}.
void PackReader::readOperand(const json &Obj, const char *Key, const std::string &P,
                             Operand &Out) {
  if (!Obj.contains(Key))
    return;
  const json &V = Obj[Key];
  std::string Ptr = P + "/" + Key;
  if (V.is_string() && V.get<std::string>() == "receiver") {
    Out.K = Operand::Receiver;
    return;
  }
  if (V.is_string() && V.get<std::string>() == "result") {
    Out.K = Operand::Result;
    return;
  }
  if (V.is_object() && V.contains("arg") && V.size() == 1) {
    if (readIndex(V["arg"], Ptr + "/arg", Out.Index))
      Out.K = Operand::Argument;
    return;
  }
  error(Ptr, "expected \"receiver\", \"result\" or {\"arg\": <index>}");
}

std::optional<Role> PackReader::readRole(const json &V, const std::string &P) {
  static const Role All[] = {
#define ROLE(Enumerator, Name) Role::Enumerator,
#include "rules/Roles.def"
  };
  std::string Names;
  for (Role R : All) {
    if (V.is_string() && V.get<std::string>() == roleName(R))
      return R;
    Names += std::string(Names.empty() ? "" : ", ") + roleName(R);
  }
  error(P, "expected a role, one of: " + Names);
  return std::nullopt;
}

} // namespace decouple
