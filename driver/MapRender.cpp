//===- MapRender.cpp ------------------------------------------------------===//
#include "driver/MapRender.h"
#include "support/Paths.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace decouple {
namespace {

using json = nlohmann::json;

std::string locKey(const Location &L) {
  return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

json sortedStrings(const std::vector<std::string> &V) {
  std::set<std::string> S(V.begin(), V.end());
  return json(std::vector<std::string>(S.begin(), S.end()));
}

json entryJson(const MapEntryPoint &E, const std::string &Root) {
  return {{"protocol", E.Protocol},
          {"name", E.Name},
          {"file", relativeToRoot(E.Loc.File, Root)},
          {"line", E.Loc.Line},
          {"function", E.Function},
          {"consumer", E.Consumer},
          {"syncDependencies", E.SyncHops},
          {"availability", E.Availability}};
}

json nodeJson(const MapNode &N, const std::string &Root) {
  json J = {{"id", N.Id}, {"kind", N.Kind}, {"name", N.Name},
            {"nameSource", N.NameSource}};
  if (!N.Technology.empty())
    J["technology"] = N.Technology;
  if (N.Kind != "service")
    return J;
  J["entryPoints"] = json::array();
  for (const MapEntryPoint &E : N.EntryPoints)
    J["entryPoints"].push_back(entryJson(E, Root));
  const MapServiceStats &S = N.Stats;
  J["stats"] = {{"syncFanIn", S.SyncFanIn},
                {"syncFanOut", S.SyncFanOut},
                {"asyncFanIn", S.AsyncFanIn},
                {"asyncFanOut", S.AsyncFanOut},
                {"ownsDatastores", sortedStrings(S.OwnsDatastores)},
                {"sharesDatastores", sortedStrings(S.SharesDatastores)},
                {"longestSyncChain", S.LongestSyncChain},
                {"cycles", S.Cycles}};
  return J;
}

/// "sqlite" / "kafka" node ids are not OpenTelemetry service names; the
/// server side of a datastore or messaging edge is the node's name.
std::string otelName(const ServiceMap &Map, const std::string &Id) {
  const MapNode *N = Map.node(Id);
  return N ? N->Name : Id;
}

} // namespace

json mapToJson(const ServiceMap &Map, const std::vector<Finding> &Findings,
               const std::string &Root, const std::string &ToolVersion) {
  std::map<std::string, std::vector<const Finding *>> AtSite;
  for (const Finding &F : Findings)
    AtSite[locKey(F.Loc)].push_back(&F);
  // The service a finding belongs to: the one whose entry point or site it
  // is reported at.
  std::map<std::string, std::string> ServiceAt;
  for (const MapNode &N : Map.Nodes)
    for (const MapEntryPoint &E : N.EntryPoints)
      ServiceAt.emplace(locKey(E.Loc), N.Id);
  json Out = {{"format", "decouple-map"},
              {"version", 1},
              {"tool", {{"name", "decouple"}, {"version", ToolVersion}}},
              {"settings", {{"hopAvailability", Map.HopAvailability}}},
              {"nodes", json::array()},
              {"edges", json::array()},
              {"cycles", Map.Cycles},
              {"findings", json::array()}};
  for (const MapNode &N : Map.Nodes)
    Out["nodes"].push_back(nodeJson(N, Root));
  for (const MapEdge &E : Map.Edges) {
    json J = {{"id", E.id()}, {"from", E.From}, {"to", E.To}, {"kind", E.Kind}};
    if (!E.Mode.empty())
      J["mode"] = E.Mode;
    if (!E.Access.empty())
      J["access"] = E.Access;
    J["via"] = std::vector<std::string>(E.Via.begin(), E.Via.end());
    J["otel"] = {{"client", otelName(Map, E.From)},
                 {"server", otelName(Map, E.To)},
                 {"connection_type", E.ConnectionType}};
    J["sites"] = json::array();
    for (const MapSite &S : E.Sites) {
      std::set<std::string> Fs;
      for (const Finding *F : AtSite[locKey(S.Loc)])
        Fs.insert(F->Fingerprint);
      if (Map.node(E.From) && Map.node(E.From)->Kind == "service")
        ServiceAt.emplace(locKey(S.Loc), E.From);
      J["sites"].push_back({{"file", relativeToRoot(S.Loc.File, Root)},
                            {"line", S.Loc.Line},
                            {"column", S.Loc.Column},
                            {"function", S.Function},
                            {"via", S.Via},
                            {"findings", Fs}});
    }
    Out["edges"].push_back(std::move(J));
  }
  std::vector<const Finding *> Sorted;
  for (const Finding &F : Findings)
    Sorted.push_back(&F);
  std::sort(Sorted.begin(), Sorted.end(), [](const Finding *A, const Finding *B) {
    return std::tie(A->Loc.File, A->Loc.Line, A->Loc.Column, A->CheckId, A->Fingerprint) <
           std::tie(B->Loc.File, B->Loc.Line, B->Loc.Column, B->CheckId, B->Fingerprint);
  });
  for (const Finding *F : Sorted) {
    auto S = ServiceAt.find(locKey(F->Loc));
    Out["findings"].push_back({{"fingerprint", F->Fingerprint},
                               {"check", F->CheckId},
                               {"severity", severityName(F->Level)},
                               {"file", relativeToRoot(F->Loc.File, Root)},
                               {"line", F->Loc.Line},
                               {"column", F->Loc.Column},
                               {"message", F->Message},
                               {"service", S == ServiceAt.end() ? "" : S->second}});
  }
  return Out;
}

namespace {

std::string dotQuote(const std::string &S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C == '\n' ? ' ' : C;
  }
  return Out + "\"";
}

std::string viaLabel(const json &Via, size_t Max = 3) {
  std::string Out;
  size_t I = 0;
  for (const json &V : Via) {
    if (I++ == Max) {
      Out += ", +" + std::to_string(Via.size() - Max);
      break;
    }
    Out += (Out.empty() ? "" : ", ") + V.get<std::string>();
  }
  return Out;
}

} // namespace

std::string mapToDot(const json &Map) {
  static const std::map<std::string, std::string> Shape = {
      {"service", "box"}, {"external", "box, style=dashed"},
      {"datastore", "cylinder"}, {"topic", "hexagon"}};
  std::string Out = "digraph decouple_map {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
  for (const json &N : Map["nodes"])
    Out += "  " + dotQuote(N["id"]) + " [label=" + dotQuote(N["name"]) +
           ", shape=" + Shape.at(N["kind"].get<std::string>()) + "];\n";
  for (const json &E : Map["edges"]) {
    std::string Kind = E["kind"], Mode = E.value("mode", "");
    std::string Style = Kind == "async"       ? "dashed"
                        : Kind == "datastore" ? "dotted"
                        : Mode == "awaited"   ? "bold"
                                              : "solid";
    Out += "  " + dotQuote(E["from"]) + " -> " + dotQuote(E["to"]) +
           " [label=" + dotQuote(viaLabel(E["via"])) + ", style=" + Style + "];\n";
  }
  return Out + "}\n";
}

namespace {

/// Mermaid label text: quotes and angle brackets as entity codes, so a
/// name like <script> is text, and the label stays one quoted string.
std::string mermaidText(const std::string &S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '"': Out += "#quot;"; break;
    case '<': Out += "#lt;"; break;
    case '>': Out += "#gt;"; break;
    case '#': Out += "#35;"; break;
    case '|': Out += "#124;"; break;
    case '\n': Out += ' '; break;
    default: Out += C;
    }
  }
  return Out;
}

std::string mermaidArrow(const std::string &Kind, const std::string &Mode) {
  if (Kind == "async")
    return "-.->";
  if (Kind == "datastore")
    return "---";
  return Mode == "awaited" ? "==>" : "-->";
}

std::string mermaidNode(const std::string &Id, const json &N) {
  std::string Kind = N["kind"], L = "\"" + mermaidText(N["name"]) + "\"";
  if (Kind == "datastore")
    return Id + "[(" + L + ")]";
  if (Kind == "topic")
    return Id + "{{" + L + "}}";
  if (Kind == "external")
    return Id + "([" + L + "])";
  return Id + "[" + L + "]";
}

/// Nodes and edges; collapsed: one unlabeled edge per (from, to, kind), and
/// at most \p Limit of them (\p Dropped counts the rest).
std::string mermaidOf(const json &Map, bool Collapse, size_t Limit, size_t &Dropped) {
  std::map<std::string, std::string> IdOf;
  std::string Nodes, Edges;
  for (const json &N : Map["nodes"]) {
    std::string Id = "n" + std::to_string(IdOf.size());
    IdOf[N["id"]] = Id;
    Nodes += "  " + mermaidNode(Id, N) + "\n";
  }
  std::set<std::tuple<std::string, std::string, std::string>> Seen;
  size_t Kept = 0;
  Dropped = 0;
  for (const json &E : Map["edges"]) {
    std::string Kind = E["kind"], Mode = E.value("mode", "");
    if (Collapse && !Seen.insert({E["from"], E["to"], Kind}).second)
      continue;
    if (Kept == Limit) {
      ++Dropped;
      continue;
    }
    ++Kept;
    std::string Label = Collapse ? "" : viaLabel(E["via"]);
    Edges += "  " + IdOf[E["from"]] + " " + mermaidArrow(Kind, Collapse ? "" : Mode) +
             (Label.empty() ? "" : "|\"" + mermaidText(Label) + "\"|") + " " +
             IdOf[E["to"]] + "\n";
  }
  return Nodes + Edges;
}

} // namespace

std::string mapToMermaid(const json &Map, size_t MaxEdges, size_t MaxText) {
  std::string Head = "flowchart LR\n";
  size_t Dropped = 0;
  std::string Body = mermaidOf(Map, false, SIZE_MAX, Dropped);
  if (Map["edges"].size() <= MaxEdges && Head.size() + Body.size() < MaxText)
    return Head + Body;
  Body = mermaidOf(Map, true, MaxEdges, Dropped);
  std::string Note = "  %% collapsed: more than " + std::to_string(MaxEdges) + " edges or " +
                     std::to_string(MaxText) +
                     " characters; one unlabeled edge per (from, to, kind)";
  if (Dropped)
    Note += "; " + std::to_string(Dropped) + " more such edges left out (Mermaid's maxEdges)";
  return Head + Note + "\n" + Body;
}

} // namespace decouple
