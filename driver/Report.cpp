//===- Report.cpp ---------------------------------------------------------===//
#include "driver/Report.h"
#include "checks/Incomplete.h"
#include "support/JsonDocument.h"
#include "support/Paths.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace decouple {

using nlohmann::json;


namespace {


const char *sarifLevel(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

} // namespace


void writeText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               SourceLines &Lines) {
  auto Where = [](const Location &L) {
    return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
  };
  for (const Finding &F : Findings) {
    OS << Where(F.Loc) << ": " << severityName(F.Level) << ": " << F.Message
       << " [" << F.CheckId << "]\n";
    if (const std::string *L = Lines.line(F.Loc.File, F.Loc.Line)) {
      OS << *L << "\n";
      std::string Caret;
      for (unsigned I = 1; I < F.Loc.Column && I <= L->size(); ++I)
        Caret += (*L)[I - 1] == '\t' ? '\t' : ' ';
      OS << Caret << "^\n";
    }
    for (const FindingNote &N : F.Notes)
      OS << Where(N.Loc) << ": note: " << N.Message << "\n";
    if (F.PossiblyIncomplete)
      OS << Where(F.Loc) << ": note: " << possiblyIncompleteNote() << "\n";
    if (!F.Suggestion.empty())
      OS << Where(F.Loc) << ": note: suggestion: " << F.Suggestion << "\n";
    for (const FixIt &X : F.FixIts)
      OS << Where(X.Loc) << ": note: fix-it: replace " << X.Length
         << " characters with '" << X.Replacement << "'\n";
  }
}

void writeJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings) {
  json Out = {{"version", 1}, {"findings", json::array()}};
  auto Loc = [](const Location &L) {
    return json{{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
  };
  for (const Finding &F : Findings) {
    json J = {{"check", F.CheckId},
              {"severity", severityName(F.Level)},
              {"location", Loc(F.Loc)},
              {"message", F.Message},
              {"suggestion", F.Suggestion},
              {"fingerprint", F.Fingerprint},
              {"notes", json::array()},
              {"fixits", json::array()}};
    if (F.PossiblyIncomplete)
      J["possibly_incomplete"] = true;
    for (const FindingNote &N : F.Notes)
      J["notes"].push_back({{"location", Loc(N.Loc)}, {"message", N.Message}});
    for (const FixIt &X : F.FixIts)
      J["fixits"].push_back({{"location", Loc(X.Loc)},
                             {"length", X.Length},
                             {"replacement", X.Replacement}});
    Out["findings"].push_back(std::move(J));
  }
  OS << Out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

namespace {

/// "coupling-sync-call-in-request-path" -> "SyncCallInRequestPath".
std::string readableRuleName(llvm::StringRef Id) {
  Id.consume_front("coupling-");
  std::string Out;
  bool Upper = true;
  for (char C : Id) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Out += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  return Out;
}

/// A URI path: unreserved characters and '/' stay, the rest is %-escaped.
std::string escapeUriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += static_cast<char>(C);
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

} // namespace

json SarifWriter::artifact(const std::string &File) const {
  if (!Options.SourceRoot.empty() && isUnderDirectory(File, Options.SourceRoot) &&
      File != Options.SourceRoot)
    return {{"uri", escapeUriPath(relativeToRoot(File, Options.SourceRoot))},
            {"uriBaseId", "%SRCROOT%"}};
  return {{"uri", "file://" + escapeUriPath(File)}};
}

json SarifWriter::location(const Location &L, const std::string *Message) const {
  json Out = {{"physicalLocation",
               {{"artifactLocation", artifact(L.File)},
                {"region", {{"startLine", L.Line}, {"startColumn", L.Column}}}}}};
  if (Message)
    Out["message"] = {{"text", *Message}};
  return Out;
}

void SarifWriter::write(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                        const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                        SourceLines &Lines) const {
  auto locationJson = [&](const Location &L, const std::string *Message = nullptr) {
    return location(L, Message);
  };
  json Rules = json::array();
  std::map<std::string, size_t> RuleIndex;
  for (const auto &C : Checks) {
    RuleIndex[C->id()] = Rules.size();
    std::string Help = std::string(C->summary()) +
                       ". Rationale, before/after code and options: "
                       "docs/checks/" + C->id() + ".md";
    Rules.push_back({{"id", C->id()},
                     {"name", readableRuleName(C->id())},
                     {"helpUri", Options.HelpUriBase + C->id() + ".md"},
                     {"shortDescription", {{"text", C->summary()}}},
                     {"fullDescription", {{"text", C->summary()}}},
                     {"help", {{"text", Help}}},
                     {"defaultConfiguration", {{"level", "warning"}}}});
  }
  json Results = json::array();
  for (const Finding &F : Findings) {
    json R = {{"ruleId", F.CheckId},
              {"level", sarifLevel(F.Level)},
              {"message", {{"text", F.Message + (F.Suggestion.empty() ? "" : ". Suggestion: " + F.Suggestion)}}},
              {"locations", json::array({locationJson(F.Loc)})},
              {"partialFingerprints", {{"decoupleFingerprint/v1", F.Fingerprint}}}};
    if (auto It = RuleIndex.find(F.CheckId); It != RuleIndex.end())
      R["ruleIndex"] = It->second;
    if (F.PossiblyIncomplete)
      R["properties"] = {{"possiblyIncomplete", true},
                         {"note", possiblyIncompleteNote()}};
    if (!F.Notes.empty()) {
      json Related = json::array(), Flow = json::array();
      for (size_t I = 0; I < F.Notes.size(); ++I) {
        json L = locationJson(F.Notes[I].Loc, &F.Notes[I].Message);
        L["id"] = I + 1;
        Related.push_back(L);
        Flow.push_back({{"location", locationJson(F.Notes[I].Loc, &F.Notes[I].Message)}});
      }
      Flow.push_back({{"location", locationJson(F.Loc, &F.Message)}});
      R["relatedLocations"] = Related;
      R["codeFlows"] = json::array({{{"threadFlows", json::array({{{"locations", Flow}}})}}});
    }
    if (!F.FixIts.empty()) {
      json Changes = json::array();
      for (const FixIt &X : F.FixIts) {
        Location End = Lines.advance(X.Loc, X.Length);
        Changes.push_back(
            {{"artifactLocation", artifact(X.Loc.File)},
             {"replacements",
              json::array({{{"deletedRegion",
                             {{"startLine", X.Loc.Line},
                              {"startColumn", X.Loc.Column},
                              {"endLine", End.Line},
                              {"endColumn", End.Column}}},
                            {"insertedContent", {{"text", X.Replacement}}}}})}});
      }
      R["fixes"] = json::array({{{"description", {{"text", F.Suggestion}}},
                                 {"artifactChanges", Changes}}});
    }
    Results.push_back(std::move(R));
  }
  json Sarif = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({{{"tool", {{"driver", {{"name", "decouple"},
                                                  {"version", DECOUPLE_VERSION},
                                                  {"informationUri", "https://github.com/decouple/decouple"},
                                                  {"rules", Rules}}}}},
                             {"results", Results}}})}};
  if (!Options.SourceRoot.empty())
    Sarif["runs"][0]["originalUriBaseIds"] = {
        {"%SRCROOT%", {{"uri", "file://" + escapeUriPath(Options.SourceRoot) + "/"}}}};
  OS << Sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

} // namespace decouple
