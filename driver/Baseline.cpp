//===- Baseline.cpp - The CI gate that hides known findings ---------------===//
#include "driver/Baseline.h"
#include "support/JsonDocument.h"
#include "support/Paths.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

namespace decouple {

using nlohmann::json;

namespace {

bool readEntries(const JsonDocument &Doc, const json &List, Baseline &Out,
                 std::string &Error) {
  for (size_t I = 0; I < List.size(); ++I) {
    const json &E = List[I];
    std::string Where = Doc.where("/findings/" + std::to_string(I));
    if (!E.is_object() || !E.contains("fingerprint") ||
        !E["fingerprint"].is_string()) {
      Error = Where + ": error: a baseline entry needs a string \"fingerprint\"";
      return false;
    }
    BaselineEntry B;
    B.Fingerprint = E["fingerprint"].get<std::string>();
    B.File = E.value("file", "");
    B.Line = E.value("line", 0u);
    B.CheckId = E.value("check", "");
    B.Message = E.value("message", "");
    B.Reason = E.value("reason", "");
    Out.Entries.push_back(std::move(B));
  }
  return true;
}

} // namespace

bool readBaseline(const std::string &Path, Baseline &Out, std::string &Error) {
  JsonDocument Doc;
  if (!loadJsonDocument(Path, Doc, Error))
    return false;
  const json &V = Doc.Value;
  if (V.is_object() && V.contains("findings") && V["findings"].is_array()) {
    Out.Version = 2;
    return readEntries(Doc, V["findings"], Out, Error);
  }
  if (V.is_object() && V.contains("fingerprints") && V["fingerprints"].is_array()) {
    Out.Version = 1;
    for (const json &F : V["fingerprints"])
      if (F.is_string())
        Out.Entries.push_back({"", 0, "", "", F.get<std::string>(), ""});
    return true;
  }
  Error = Doc.where("") + ": error: expected {\"version\": 2, \"findings\": "
                         "[{\"fingerprint\": ...}]} (or version 1's "
                         "{\"fingerprints\": [...]})";
  return false;
}

bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   const std::string &Root, const Baseline *Previous,
                   std::string &Error) {
  std::map<std::string, std::string> Reasons;
  if (Previous)
    for (const BaselineEntry &E : Previous->Entries)
      if (!E.Reason.empty())
        Reasons[E.Fingerprint] = E.Reason;
  json List = json::array();
  for (const Finding &F : Findings) {
    json E = {{"file", relativeToRoot(F.Loc.File, Root)},
              {"line", F.Loc.Line},
              {"check", F.CheckId},
              {"message", F.Message},
              {"fingerprint", F.Fingerprint}};
    if (auto It = Reasons.find(F.Fingerprint); It != Reasons.end())
      E["reason"] = It->second;
    List.push_back(std::move(E));
  }
  std::ofstream Out(Path);
  if (!Out) {
    Error = Path + ": error: cannot write";
    return false;
  }
  Out << json{{"version", 2}, {"findings", List}}.dump(
             2, ' ', false, json::error_handler_t::replace)
      << "\n";
  return true;
}

BaselineMatch
applyBaseline(const Baseline &B, std::vector<Finding> &Findings,
              const std::function<std::string(const Finding &)> &LegacyPrint) {
  // Each entry hides one finding: a fingerprint listed twice hides two.
  std::multimap<std::string, size_t> Unused;
  for (size_t I = 0; I < B.Entries.size(); ++I)
    Unused.emplace(B.Entries[I].Fingerprint, I);
  BaselineMatch M;
  std::vector<Finding> New;
  for (Finding &F : Findings) {
    auto It = Unused.find(B.Version == 1 ? LegacyPrint(F) : F.Fingerprint);
    if (It == Unused.end()) {
      New.push_back(std::move(F));
      continue;
    }
    Unused.erase(It);
    M.Known.push_back(std::move(F));
  }
  Findings = std::move(New);
  std::vector<size_t> StaleIndices;
  for (const auto &[Print, I] : Unused)
    StaleIndices.push_back(I);
  std::sort(StaleIndices.begin(), StaleIndices.end());
  for (size_t I : StaleIndices)
    M.Stale.push_back(B.Entries[I]);
  return M;
}

} // namespace decouple
