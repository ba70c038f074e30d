//===- Baseline.cpp - The CI gate that hides known findings ---------------===//
#include "driver/Baseline.h"
#include "support/JsonDocument.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace decouple {

using nlohmann::json;

bool readBaseline(const std::string &Path, std::set<std::string> &Out,
                  std::string &Error) {
  JsonDocument Doc;
  if (!loadJsonDocument(Path, Doc, Error))
    return false;
  const json &F = Doc.Value.is_object() && Doc.Value.contains("fingerprints")
                      ? Doc.Value["fingerprints"]
                      : json();
  if (!F.is_array()) {
    Error = Doc.where("") + ": expected {\"version\": 1, \"fingerprints\": [...]}";
    return false;
  }
  for (const json &V : F)
    if (V.is_string())
      Out.insert(V.get<std::string>());
  return true;
}

bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   std::string &Error) {
  std::set<std::string> Prints;
  for (const Finding &F : Findings)
    Prints.insert(F.Fingerprint);
  std::ofstream Out(Path);
  if (!Out) {
    Error = Path + ": cannot write";
    return false;
  }
  Out << json{{"version", 1}, {"fingerprints", Prints}}.dump(2) << "\n";
  return true;
}

} // namespace decouple
