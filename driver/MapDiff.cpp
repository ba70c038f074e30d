//===- MapDiff.cpp --------------------------------------------------------===//
#include "driver/MapDiff.h"
#include "support/JsonDocument.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"

#include <map>
#include <set>

namespace decouple {
namespace {

using json = nlohmann::json;

std::string kindOfConnection(llvm::StringRef T) {
  if (T == "messaging_system")
    return "async";
  if (T == "database")
    return "datastore";
  return "sync"; // unset, virtual_node
}

bool loadJaeger(const std::string &Path, std::vector<RuntimeEdge> &Out,
                std::string &Error) {
  JsonDocument Doc;
  if (!loadJsonDocument(Path, Doc, Error)) {
    Error.insert(Error.find(": ") + 2, "error: ");
    return false;
  }
  std::string Base;
  const json *Links = &Doc.Value;
  if (Doc.Value.is_object() && Doc.Value.contains("data")) {
    Links = &Doc.Value["data"];
    Base = "/data";
  }
  if (!Links->is_array()) {
    Error = Doc.where(Base) + ": error: expected an array of "
            "{\"parent\", \"child\", \"callCount\"} (or {\"data\": [...]})";
    return false;
  }
  for (size_t I = 0; I < Links->size(); ++I) {
    const json &L = (*Links)[I];
    std::string P = Base + "/" + std::to_string(I);
    if (!L.is_object() || !L.contains("parent") || !L.contains("child") ||
        !L["parent"].is_string() || !L["child"].is_string()) {
      Error = Doc.where(P) + ": error: expected {\"parent\": \"...\", \"child\": \"...\"}";
      return false;
    }
    RuntimeEdge E{L["parent"], L["child"], "", 0, 0};
    if (L.contains("callCount")) {
      if (!L["callCount"].is_number_integer() || L["callCount"].get<int64_t>() < 0) {
        Error = Doc.where(P + "/callCount") + ": error: expected a count";
        return false;
      }
      E.Calls = L["callCount"].get<uint64_t>();
    }
    std::string Where = Doc.where(P); // file:line:col
    size_t Colon = Where.rfind(':');
    size_t Colon2 = Where.rfind(':', Colon - 1);
    E.Line = std::stoul(Where.substr(Colon2 + 1, Colon - Colon2 - 1));
    Out.push_back(std::move(E));
  }
  return true;
}

/// `name{k="v",...} value [timestamp]`; false on a malformed line.
bool parseSample(llvm::StringRef Line, std::string &Name,
                 std::map<std::string, std::string> &Labels, double &Value) {
  size_t Brace = Line.find_first_of("{ ");
  Name = Line.take_front(Brace).str();
  llvm::StringRef Rest = Line.drop_front(Brace == llvm::StringRef::npos ? Line.size() : Brace);
  if (Rest.consume_front("{")) {
    while (true) {
      Rest = Rest.ltrim();
      if (Rest.consume_front("}"))
        break;
      size_t Eq = Rest.find('=');
      if (Eq == llvm::StringRef::npos)
        return false;
      std::string Key = Rest.take_front(Eq).trim().str();
      Rest = Rest.drop_front(Eq + 1).ltrim();
      if (!Rest.consume_front("\""))
        return false;
      std::string V;
      while (!Rest.empty() && Rest.front() != '"') {
        if (Rest.front() == '\\' && Rest.size() > 1) {
          Rest = Rest.drop_front();
          V += Rest.front() == 'n' ? '\n' : Rest.front();
        } else {
          V += Rest.front();
        }
        Rest = Rest.drop_front();
      }
      if (!Rest.consume_front("\""))
        return false;
      Labels[Key] = V;
      Rest = Rest.ltrim();
      Rest.consume_front(",");
    }
  }
  llvm::StringRef Number = Rest.ltrim().split(' ').first;
  return !Name.empty() && !Number.getAsDouble(Value) && Value >= 0;
}

bool loadPrometheus(const std::string &Path, llvm::StringRef Text,
                    std::vector<RuntimeEdge> &Out, std::string &Error) {
  unsigned LineNo = 0;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    ++LineNo;
    Line = Line.trim();
    if (Line.empty() || Line.starts_with("#"))
      continue;
    std::string Name;
    std::map<std::string, std::string> Labels;
    double Value = 0;
    if (!parseSample(Line, Name, Labels, Value)) {
      Error = Path + ":" + std::to_string(LineNo) +
              ": error: not a Prometheus sample: name{label=\"value\",...} number";
      return false;
    }
    if (Name != "traces_service_graph_request_total")
      continue;
    if (!Labels.count("client") || !Labels.count("server")) {
      Error = Path + ":" + std::to_string(LineNo) +
              ": error: traces_service_graph_request_total needs client and server labels";
      return false;
    }
    Out.push_back({Labels["client"], Labels["server"],
                   kindOfConnection(Labels["connection_type"]),
                   static_cast<uint64_t>(Value), LineNo});
  }
  if (Out.empty()) {
    Error = Path + ":1: error: no traces_service_graph_request_total samples";
    return false;
  }
  return true;
}

struct StaticEdge {
  std::set<std::string> Kinds;
  std::string Where; // first site, file:line
};

std::string firstSite(const json &E) {
  if (E["sites"].empty())
    return "";
  const json &S = E["sites"][0];
  return S["file"].get<std::string>() + ":" + std::to_string(S["line"].get<unsigned>());
}

/// Service-level edges of the map, with producer -> topic -> consumer
/// joined into producer -> consumer (how the OTel connector sees them).
std::map<std::pair<std::string, std::string>, StaticEdge>
staticEdges(const json &Map, const ProjectConfig &C) {
  std::map<std::string, std::string> NameOf;
  std::set<std::string> Topics;
  for (const json &N : Map["nodes"]) {
    NameOf[N["id"]] = C.canonicalService(N["name"]);
    if (N["kind"] == "topic")
      Topics.insert(N["id"]);
  }
  std::map<std::pair<std::string, std::string>, StaticEdge> Out;
  auto Add = [&](const std::string &F, const std::string &T, const std::string &K,
                 const std::string &Where) {
    StaticEdge &E = Out[{NameOf[F], NameOf[T]}];
    E.Kinds.insert(K);
    if (E.Where.empty())
      E.Where = Where;
  };
  for (const json &E : Map["edges"]) {
    std::string From = E["from"], To = E["to"], Kind = E["kind"];
    if (Topics.count(To)) {
      for (const json &C2 : Map["edges"])
        if (C2["from"] == To)
          Add(From, C2["to"], "async", firstSite(E));
    } else if (!Topics.count(From)) {
      Add(From, To, Kind, firstSite(E));
    }
  }
  return Out;
}

std::string kinds(const std::set<std::string> &K) {
  std::string Out;
  for (const std::string &S : K)
    Out += (Out.empty() ? "" : "+") + S;
  return Out;
}

} // namespace

bool loadRuntimeGraph(const std::string &Path, std::vector<RuntimeEdge> &Out,
                      std::string &Error) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf) {
    Error = Path + ": error: " + Buf.getError().message();
    return false;
  }
  llvm::StringRef Text = (*Buf)->getBuffer();
  llvm::StringRef First = Text.ltrim();
  if (First.starts_with("[") || First.starts_with("{"))
    return loadJaeger(Path, Out, Error);
  return loadPrometheus(Path, Text, Out, Error);
}

MapDifferences diffMap(const json &Map, const std::vector<RuntimeEdge> &Runtime,
                       const ProjectConfig &Config, const std::string &RuntimeFile,
                       llvm::raw_ostream &OS) {
  auto Static = staticEdges(Map, Config);
  std::map<std::pair<std::string, std::string>, std::vector<const RuntimeEdge *>> Seen;
  for (const RuntimeEdge &R : Runtime)
    Seen[{Config.canonicalService(R.Client), Config.canonicalService(R.Server)}]
        .push_back(&R);
  MapDifferences D;
  for (const auto &[Key, Rs] : Seen) {
    const RuntimeEdge &R = *Rs.front();
    std::string At = RuntimeFile + ":" + std::to_string(R.Line);
    auto S = Static.find(Key);
    if (S == Static.end()) {
      ++D.RuntimeOnly;
      OS << "runtime-only: " << Key.first << " -> " << Key.second
         << (R.Kind.empty() ? "" : " (" + R.Kind + ")") << ", " << R.Calls
         << " call(s) at " << At
         << ": not in code (a missing rule, or dynamic dispatch)\n";
      continue;
    }
    std::set<std::string> RuntimeKinds;
    for (const RuntimeEdge *X : Rs)
      if (!X->Kind.empty())
        RuntimeKinds.insert(X->Kind);
    if (!RuntimeKinds.empty() && RuntimeKinds != S->second.Kinds) {
      ++D.KindDiffers;
      OS << "kind-differs: " << Key.first << " -> " << Key.second << ": code "
         << kinds(S->second.Kinds) << " (" << S->second.Where << "), runtime "
         << kinds(RuntimeKinds) << " (" << At << ")\n";
    }
  }
  for (const auto &[Key, S] : Static) {
    if (Seen.count(Key))
      continue;
    ++D.CodeOnly;
    OS << "code-only: " << Key.first << " -> " << Key.second << " ("
       << kinds(S.Kinds) << ") at " << S.Where
       << ": never seen at runtime (a dead path, or one no test exercises)\n";
  }
  return D;
}

} // namespace decouple
