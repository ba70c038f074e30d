//===- Report.cpp ---------------------------------------------------------===//
#include "driver/Report.h"
#include "support/JsonDocument.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace decouple {

using nlohmann::json;

const std::string *SourceLines::line(const std::string &File, unsigned Line) {
  auto [It, Inserted] = Files.try_emplace(File);
  if (Inserted)
    if (auto B = llvm::MemoryBuffer::getFile(File, true)) {
      llvm::SmallVector<llvm::StringRef, 0> Parts;
      (*B)->getBuffer().split(Parts, '\n');
      for (llvm::StringRef P : Parts)
        It->second.push_back(P.rtrim('\r').str());
    }
  if (Line == 0 || Line > It->second.size())
    return nullptr;
  return &It->second[Line - 1];
}

Location SourceLines::advance(const Location &Loc, unsigned Length) {
  Location End = Loc;
  unsigned Left = Length;
  while (const std::string *L = line(End.File, End.Line)) {
    unsigned Room = L->size() + 1 - (End.Column - 1); // +1 for the newline
    if (Left < Room) {
      End.Column += Left;
      return End;
    }
    Left -= Room;
    ++End.Line;
    End.Column = 1;
  }
  return End;
}

void assignFingerprints(std::vector<Finding> &Findings, const std::string &Root,
                        SourceLines &Lines) {
  for (Finding &F : Findings) {
    llvm::StringRef Path(F.Loc.File);
    if (!Root.empty() && Path.starts_with(Root + "/"))
      Path = Path.drop_front(Root.size() + 1);
    std::string Text;
    if (const std::string *L = Lines.line(F.Loc.File, F.Loc.Line))
      for (char C : *L)
        if (!isspace(static_cast<unsigned char>(C)))
          Text += C;
    F.Fingerprint = llvm::utohexstr(
        llvm::xxh3_64bits(Path.str() + "\n" + F.CheckId + "\n" + Text), true);
  }
}

namespace {

/// Whether a NOLINT marker in \p Text covers \p Check.
bool markerCovers(llvm::StringRef Text, llvm::StringRef Marker,
                  llvm::StringRef Check) {
  size_t At = Text.find(Marker);
  while (At != llvm::StringRef::npos) {
    llvm::StringRef Rest = Text.drop_front(At + Marker.size());
    // NOLINT must not match the start of NOLINTNEXTLINE.
    if (!Rest.starts_with("NEXTLINE") && !Rest.starts_with("BEGIN") &&
        !Rest.starts_with("END")) {
      if (!Rest.starts_with("("))
        return true;
      llvm::StringRef List = Rest.drop_front().take_until([](char C) { return C == ')'; });
      llvm::SmallVector<llvm::StringRef, 4> Globs;
      List.split(Globs, ',');
      for (llvm::StringRef G : Globs)
        if (Glob(G.trim().str()).matches(Check.str()))
          return true;
    }
    At = Text.find(Marker, At + 1);
  }
  return false;
}

json locationJson(const Location &L, const std::string *Message = nullptr) {
  json Physical = {{"artifactLocation", {{"uri", "file://" + L.File}}},
                   {"region", {{"startLine", L.Line}, {"startColumn", L.Column}}}};
  json Out = {{"physicalLocation", Physical}};
  if (Message)
    Out["message"] = {{"text", *Message}};
  return Out;
}

const char *sarifLevel(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

} // namespace

bool suppressedInSource(const Finding &F, SourceLines &Lines) {
  if (const std::string *L = Lines.line(F.Loc.File, F.Loc.Line))
    if (markerCovers(*L, "NOLINT", F.CheckId))
      return true;
  if (F.Loc.Line > 1)
    if (const std::string *L = Lines.line(F.Loc.File, F.Loc.Line - 1))
      if (markerCovers(*L, "NOLINTNEXTLINE", F.CheckId))
        return true;
  return false;
}

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

void writeSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                const std::vector<std::unique_ptr<CouplingCheck>> &Checks,
                SourceLines &Lines) {
  json Rules = json::array();
  std::map<std::string, size_t> RuleIndex;
  for (const auto &C : Checks) {
    RuleIndex[C->id()] = Rules.size();
    std::string Help = std::string(C->summary()) +
                       ". Rationale, before/after code and options: "
                       "docs/checks/" + C->id() + ".md";
    Rules.push_back({{"id", C->id()},
                     {"name", C->id()},
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
            {{"artifactLocation", {{"uri", "file://" + X.Loc.File}}},
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
  OS << Sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

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
