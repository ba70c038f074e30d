//===- Report.cpp ---------------------------------------------------------===//
#include "driver/Report.h"
#include "checks/CheckDocs.h"
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
               SourceLines &Lines, const TextOptions &T) {
  using llvm::raw_ostream;
  // clang's palette: bold locations and messages, the severity coloured.
  auto Color = [&](raw_ostream::Colors C, bool Bold) {
    if (T.Color)
      OS.changeColor(C, Bold);
  };
  auto Reset = [&] {
    if (T.Color)
      OS.resetColor();
  };
  auto Header = [&](const Location &L, Severity S, const std::string &Label,
                    const std::string &Text, const std::string &Check) {
    Color(raw_ostream::SAVEDCOLOR, true);
    OS << L.File << ":" << L.Line << ":" << L.Column << ": ";
    Reset();
    Color(S == Severity::Error     ? raw_ostream::RED
          : S == Severity::Warning ? raw_ostream::MAGENTA
                                   : raw_ostream::BLACK,
          true);
    OS << Label << ": ";
    Reset();
    Color(raw_ostream::SAVEDCOLOR, true);
    OS << Text << (Check.empty() ? "" : " [" + Check + "]");
    Reset();
    OS << "\n";
  };
  for (const Finding &F : Findings) {
    Header(F.Loc, F.Level, severityName(F.Level), F.Message, F.CheckId);
    if (const std::string *L = Lines.line(F.Loc.File, F.Loc.Line)) {
      // clang 22's snippet: the line under a right-aligned number gutter.
      std::string Number = std::to_string(F.Loc.Line);
      size_t Width = std::max<size_t>(4, Number.size());
      OS << " " << std::string(Width - Number.size(), ' ') << Number << " | "
         << *L << "\n";
      std::string Caret;
      for (unsigned I = 1; I < F.Loc.Column && I <= L->size(); ++I)
        Caret += (*L)[I - 1] == '\t' ? '\t' : ' ';
      OS << std::string(Width + 2, ' ') << "| ";
      Color(raw_ostream::GREEN, true);
      OS << Caret << "^";
      Reset();
      OS << "\n";
    }
    if (T.Quiet)
      continue;
    for (const FindingNote &N : F.Notes)
      Header(N.Loc, Severity::Note, "note", N.Message, "");
    if (F.PossiblyIncomplete)
      Header(F.Loc, Severity::Note, "note", possiblyIncompleteNote(), "");
    if (!F.Suggestion.empty())
      Header(F.Loc, Severity::Note, "note", "suggestion: " + F.Suggestion, "");
    for (const FixIt &X : F.FixIts) // an insertion ends in its line break
      Header(X.Loc, Severity::Note, "note",
             X.Length == 0
                 ? "fix-it: insert '" + llvm::StringRef(X.Replacement).rtrim().str() + "'"
                 : "fix-it: replace " + std::to_string(X.Length) +
                       " characters with '" + X.Replacement + "'",
             "");
  }
}

void writeJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               const JsonSummary &Summary) {
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
    // The path's steps as locations: entry point, calls, the site; a
    // finding on no single request path has its notes' locations.
    J["witness"] = json::array();
    for (const FindingNote &N : F.Notes) {
      J["notes"].push_back({{"location", Loc(N.Loc)}, {"message", N.Message}});
      if (F.Path.empty())
        J["witness"].push_back(Loc(N.Loc));
    }
    for (const Location &L : F.Path.Witness)
      J["witness"].push_back(Loc(L));
    if (!F.Path.empty())
      J["path"] = {{"entry_point", F.Path.EntryPoint},
                   {"service", F.Path.Service},
                   {"callee_service", F.Path.CalleeService},
                   {"mode", F.Path.Mode}};
    for (const FixIt &X : F.FixIts)
      J["fixits"].push_back({{"location", Loc(X.Loc)},
                             {"length", X.Length},
                             {"replacement", X.Replacement}});
    Out["findings"].push_back(std::move(J));
  }
  json PerCheck = json::object(), PerService = json::object();
  std::set<std::string> Entries;
  for (const Finding &F : Findings) {
    PerCheck[F.CheckId] = PerCheck.value(F.CheckId, 0) + 1;
    if (F.Path.empty())
      continue;
    PerService[F.Path.Service] = PerService.value(F.Path.Service, 0) + 1;
    Entries.insert(F.Path.Service + "\n" + F.Path.EntryPoint);
  }
  Out["summary"] = {{"findings", Findings.size()},
                    {"per_check", PerCheck},
                    {"per_service", PerService},
                    {"entry_points", Entries.size()},
                    {"suppressed_by_nolint", Summary.SuppressedByNoLint},
                    {"hidden_by_baseline", Summary.HiddenByBaseline},
                    {"excluded", Summary.Excluded}};
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

json SarifWriter::result(const Finding &F,
                         const std::map<std::string, size_t> &RuleIndex,
                         SourceLines &Lines) const {
  json R = {{"ruleId", F.CheckId},
            {"level", sarifLevel(F.Level)},
            {"message", {{"text", F.Message + (F.Suggestion.empty() ? "" : ". Suggestion: " + F.Suggestion)}}},
            {"locations", json::array({location(F.Loc, nullptr)})},
            {"partialFingerprints", {{"decoupleFingerprint/v2", F.Fingerprint}}}};
  if (auto It = RuleIndex.find(F.CheckId); It != RuleIndex.end())
    R["ruleIndex"] = It->second;
  if (F.PossiblyIncomplete)
    R["properties"] = {{"possiblyIncomplete", true},
                       {"note", possiblyIncompleteNote()}};
  if (!F.Notes.empty()) {
    json Related = json::array(), Flow = json::array();
    for (size_t I = 0; I < F.Notes.size(); ++I) {
      json L = location(F.Notes[I].Loc, &F.Notes[I].Message);
      L["id"] = I + 1;
      Related.push_back(L);
      Flow.push_back({{"location", location(F.Notes[I].Loc, &F.Notes[I].Message)}});
    }
    Flow.push_back({{"location", location(F.Loc, &F.Message)}});
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
  return R;
}

json SarifWriter::invocation(const SarifRunInfo &Run) const {
  json Notes = json::array();
  for (const std::string &Tu : Run.PartialTus)
    Notes.push_back(
        {{"level", "warning"},
         {"descriptor", {{"id", "decouple-compile-error"}}},
         {"message", {{"text", "the TU has compile errors; its findings may "
                               "be partial"}}},
         {"locations", json::array({{{"physicalLocation",
                                      {{"artifactLocation", artifact(Tu)}}}}})}});
  for (const BudgetBreach &B : Run.BudgetBreaches) {
    json N = {{"level", "error"},
              {"descriptor", {{"id", "coupling-budget"}}},
              {"message", {{"text", B.Message}}}};
    if (B.Loc.valid())
      N["locations"] = json::array({location(B.Loc, nullptr)});
    Notes.push_back(std::move(N));
  }
  return {{"executionSuccessful", true}, {"toolExecutionNotifications", Notes}};
}

void SarifWriter::write(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                        const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                        SourceLines &Lines, const SarifRunInfo &Run) const {
  json Rules = json::array();
  std::map<std::string, size_t> RuleIndex;
  for (const auto &C : Checks) {
    RuleIndex[C->id()] = Rules.size();
    std::string Help = std::string(C->summary()) +
                       ". Rationale, before/after code and options: "
                       "docs/checks/" + C->id() + ".md";
    Rules.push_back({{"id", C->id()},
                     {"name", readableRuleName(C->id())},
                     {"helpUri", checkDocsUri(Options.HelpUriBase, C->id())},
                     {"shortDescription", {{"text", C->summary()}}},
                     {"fullDescription", {{"text", C->summary()}}},
                     {"help", {{"text", Help}}},
                     {"defaultConfiguration", {{"level", "warning"}}}});
  }
  json Results = json::array();
  for (const Finding &F : Findings) {
    json R = result(F, RuleIndex, Lines);
    if (Run.Baselined)
      R["baselineState"] = "new";
    Results.push_back(std::move(R));
  }
  if (Run.Baselined)
    for (const Finding &F : *Run.Baselined) {
      json R = result(F, RuleIndex, Lines);
      R["baselineState"] = "unchanged";
      Results.push_back(std::move(R));
    }
  if (Run.NoLint)
    for (const SuppressedFinding &S : *Run.NoLint) {
      json R = result(S.Found, RuleIndex, Lines);
      json Suppression = {{"kind", "inSource"}};
      if (!S.Reason.empty())
        Suppression["justification"] = S.Reason;
      R["suppressions"] = json::array({Suppression});
      Results.push_back(std::move(R));
    }
  json Sarif = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({{{"tool", {{"driver", {{"name", "decouple"},
                                                  {"version", DECOUPLE_VERSION},
                                                  {"informationUri", "https://github.com/decouple/decouple"},
                                                  {"rules", Rules}}}}},
                             {"invocations", json::array({invocation(Run)})},
                             {"results", Results}}})}};
  if (!Options.SourceRoot.empty())
    Sarif["runs"][0]["originalUriBaseIds"] = {
        {"%SRCROOT%", {{"uri", "file://" + escapeUriPath(Options.SourceRoot) + "/"}}}};
  OS << Sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

} // namespace decouple
