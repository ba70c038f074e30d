//===- ServiceMap.cpp -----------------------------------------------------===//
#include "analysis/ServiceMap.h"
#include "index/SqlText.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace decouple {
namespace {

const char *modeName(CallMode M) {
  switch (M) {
  case CallMode::Sync: return "blocking";
  case CallMode::Awaited: return "awaited";
  case CallMode::AsyncJoined: return "async-joined";
  case CallMode::AsyncDetached: return "";
  }
  return "";
}

/// Protocols whose service names come from an IDL.
bool idlProtocol(llvm::StringRef P) {
  return P == "grpc" || P == "thrift" || P == "brpc" || P == "capnp";
}

auto locKey(const Location &L) { return std::tie(L.File, L.Line, L.Column); }

/// How RequestPathFinder::serviceOf named an entry point's service.
std::string serviceNameSource(const Analysis &A, const RequestPath &P) {
  const Site &E = A.entry(P);
  if (!E.Service.empty())
    return idlProtocol(E.Protocol) ? "idl" : "heuristic:rule-service";
  if (!A.Config.serviceForPath(E.Loc.File).empty())
    return "config";
  return P.ServiceGuessed ? "heuristic:directory" : "heuristic:service-naming-rule";
}

class Builder {
public:
  Builder(const Analysis &A, double Hop) : A(A) { Map.HopAvailability = Hop; }

  ServiceMap build() {
    for (const RequestPath &P : A.Paths)
      addService(P);
    for (size_t P = 0; P < A.Paths.size(); ++P)
      for (const Reach &R : A.Paths[P].Reaches)
        addReach(A.Paths[P], A.site(R.Site));
    joinConsumers();
    finish();
    return std::move(Map);
  }

private:
  const Analysis &A;
  ServiceMap Map;
  std::map<std::string, MapNode> Nodes;
  std::map<std::string, MapEdge> Edges; // by id
  std::map<std::string, std::set<std::string>> DatastoreAccess; // id -> services
  std::set<std::pair<std::string, std::string>> SiteSeen; // edge id, file:line:col

  MapNode &node(const std::string &Id, const char *Kind, const std::string &Name,
                const std::string &Source, const std::string &Tech) {
    auto [It, New] = Nodes.try_emplace(Id);
    if (New) {
      It->second.Id = Id;
      It->second.Kind = Kind;
      It->second.Name = Name;
      It->second.NameSource = Source;
      It->second.Technology = Tech;
    }
    return It->second;
  }

  void addService(const RequestPath &P) {
    const Site &E = A.entry(P);
    MapNode &N = node(P.Service, "service", P.Service, serviceNameSource(A, P),
                      E.Protocol);
    MapEntryPoint EP;
    EP.Protocol = E.Protocol;
    EP.Name = E.Via;
    EP.Function = E.Function.empty() ? E.Callee : A.function(P.Handler).Name;
    EP.Loc = E.Loc;
    EP.Consumer = E.Consumer;
    N.EntryPoints.push_back(EP);
  }

  std::string functionName(const Site &S) const {
    if (S.Function.empty()) // a subscription: the subscribing function
      return S.Callee;
    int64_t F = A.Graph.find(S.Function);
    return F < 0 ? "" : A.function(static_cast<FunctionId>(F)).Name;
  }

  void addEdge(const std::string &From, const std::string &To, const char *Kind,
               const std::string &Mode, const char *Conn, const std::string &Via,
               const Site *S, const char *Access = "") {
    MapEdge Key;
    Key.From = From, Key.To = To, Key.Kind = Kind, Key.Mode = Mode;
    auto [It, New] = Edges.try_emplace(Key.id(), Key);
    MapEdge &E = It->second;
    E.ConnectionType = Conn;
    if (!Via.empty())
      E.Via.insert(Via);
    if (*Access)
      E.Access = E.Access.empty() || E.Access == Access ? Access : "read-write";
    if (!S)
      return;
    std::string Where = S->Loc.File + ":" + std::to_string(S->Loc.Line) + ":" +
                        std::to_string(S->Loc.Column);
    if (SiteSeen.insert({E.id(), Where}).second)
      E.Sites.push_back({S->Loc, functionName(*S), Via});
  }

  void addReach(const RequestPath &P, const Site &S) {
    switch (S.Kind) {
    case SiteKind::RemoteCall: {
      std::string To = S.Service.empty() ? "(unknown: " + S.Callee + ")" : S.Service;
      if (!Nodes.count(To) || Nodes[To].Kind != "service") {
        bool Idl = idlProtocol(S.Protocol);
        node(To, "external", To,
             S.Service.empty() ? "heuristic:callee" : Idl ? "idl" : "url",
             S.Protocol);
      }
      if (couplesInTime(S.Mode))
        addEdge(P.Service, To, "sync", modeName(S.Mode), "unset", S.Via, &S);
      else
        addEdge(P.Service, To, "async", "", "unset", S.Via, &S);
      return;
    }
    case SiteKind::Publish: {
      std::string Topic = S.Via.empty() ? "(unnamed)" : S.Via;
      node("topic:" + Topic, "topic", Topic,
           S.Via.empty() ? "heuristic:unnamed" : "heuristic:string-constant",
           S.Protocol);
      addEdge(P.Service, "topic:" + Topic, "async", "", "messaging_system",
              S.Via, &S);
      return;
    }
    case SiteKind::DatastoreRead:
    case SiteKind::DatastoreWrite: {
      std::string Id = datastoreId(S);
      // "sqlite:orders.db": named by the handle's open call.
      size_t Colon = S.Service.find(':');
      node(Id, "datastore", Id,
           Colon == std::string::npos ? "heuristic:store-technology"
                                      : "heuristic:open-call",
           S.Service.substr(0, Colon));
      const char *Access = S.Kind == SiteKind::DatastoreRead ? "read" : "write";
      std::vector<std::string> Via = datastoreVia(S);
      if (Via.empty())
        Via.emplace_back();
      for (const std::string &V : Via) // the site is listed once, at the first
        addEdge(P.Service, Id, "datastore", "", "database", V, &S, Access);
      DatastoreAccess[Id].insert(P.Service);
      // A transactional outbox row is a publish the relay makes later.
      if (std::string Topic = outboxRowTopic(S.Via); !Topic.empty()) {
        node("topic:" + Topic, "topic", Topic, "heuristic:outbox-row", "");
        addEdge(P.Service, "topic:" + Topic, "async", "", "messaging_system",
                Topic, &S);
      }
      return;
    }
    default:
      return;
    }
  }

  /// topic -> consumer, when a consumer entry point names a published topic.
  void joinConsumers() {
    for (const RequestPath &P : A.Paths) {
      const Site &E = A.entry(P);
      if (!E.Consumer || E.Via.empty() || !Nodes.count("topic:" + E.Via))
        continue;
      addEdge("topic:" + E.Via, P.Service, "async", "", "messaging_system",
              E.Via, &E);
    }
  }

  std::set<std::string> syncTargets(const std::string &From) const {
    std::set<std::string> Out;
    for (const auto &[Id, E] : Edges)
      if (E.Kind == "sync" && E.From == From)
        Out.insert(E.To);
    return Out;
  }

  void entryAvailability(const RequestPath &P, MapEntryPoint &EP) const {
    std::set<std::string> Waits, Todo;
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      if (S.Kind == SiteKind::RemoteCall && couplesInTime(S.Mode))
        Todo.insert(S.Service.empty() ? "(unknown: " + S.Callee + ")" : S.Service);
    }
    while (!Todo.empty()) {
      std::string S = *Todo.begin();
      Todo.erase(Todo.begin());
      if (S == P.Service || !Waits.insert(S).second)
        continue;
      for (const std::string &T : syncTargets(S))
        Todo.insert(T);
    }
    EP.SyncHops = Waits.size();
    EP.Availability = std::pow(Map.HopAvailability, double(Waits.size()));
  }

  void finish() {
    Map.Cycles = A.Services.syncCycles();
    std::map<std::string, size_t> FirstPath;
    for (size_t P = 0; P < A.Paths.size(); ++P) {
      MapNode &N = Nodes[A.Paths[P].Service];
      MapEntryPoint &EP = N.EntryPoints[FirstPath[N.Id]++];
      entryAvailability(A.Paths[P], EP);
      if (EP.Consumer)
        continue;
      std::vector<ReachRef> Chain = A.Services.longestChain(P);
      if (Chain.size() + 1 > N.Stats.LongestSyncChain.size() ||
          N.Stats.LongestSyncChain.empty()) {
        std::vector<std::string> Names{N.Id};
        for (ReachRef R : Chain) {
          const Site &S = A.site(R);
          Names.push_back(S.Service.empty() ? "(unknown: " + S.Callee + ")" : S.Service);
        }
        if (Names.size() > N.Stats.LongestSyncChain.size())
          N.Stats.LongestSyncChain = Names;
      }
    }
    for (auto &[Id, E] : Edges) {
      std::sort(E.Sites.begin(), E.Sites.end(),
                [](const MapSite &L, const MapSite &R) { return locKey(L.Loc) < locKey(R.Loc); });
      bool Sync = E.Kind == "sync", Async = E.Kind == "async";
      if (Nodes.count(E.From)) {
        MapServiceStats &St = Nodes[E.From].Stats;
        St.SyncFanOut += Sync;
        St.AsyncFanOut += Async;
      }
      if (Nodes.count(E.To)) {
        MapServiceStats &St = Nodes[E.To].Stats;
        St.SyncFanIn += Sync;
        St.AsyncFanIn += Async;
      }
    }
    for (const auto &[Store, Users] : DatastoreAccess)
      for (const std::string &U : Users)
        (Users.size() == 1 ? Nodes[U].Stats.OwnsDatastores
                           : Nodes[U].Stats.SharesDatastores)
            .push_back(Store);
    for (size_t C = 0; C < Map.Cycles.size(); ++C)
      for (const std::string &S : Map.Cycles[C])
        Nodes[S].Stats.Cycles.push_back(C);
    for (auto &[Id, N] : Nodes) {
      std::sort(N.EntryPoints.begin(), N.EntryPoints.end(),
                [](const MapEntryPoint &L, const MapEntryPoint &R) {
                  return std::tuple_cat(locKey(L.Loc), std::tie(L.Name)) <
                         std::tuple_cat(locKey(R.Loc), std::tie(R.Name));
                });
      if (N.Kind != "service")
        N.Stats = {};
      Map.Nodes.push_back(std::move(N));
    }
    for (auto &[Id, E] : Edges)
      Map.Edges.push_back(std::move(E));
  }
};

} // namespace

std::string MapEdge::id() const {
  return Kind + ":" + From + "->" + To + (Mode.empty() ? "" : ":" + Mode);
}

const MapNode *ServiceMap::node(const std::string &Id) const {
  auto It = std::lower_bound(Nodes.begin(), Nodes.end(), Id,
                             [](const MapNode &N, const std::string &I) { return N.Id < I; });
  return It != Nodes.end() && It->Id == Id ? &*It : nullptr;
}

std::string datastoreId(const Site &S) {
  return S.Service.empty() ? "(unknown store)" : S.Service;
}

std::string tableOf(const Site &S) {
  std::vector<std::string> Tables = sqlTables(S.Via);
  return Tables.empty() ? "" : Tables.front();
}

std::vector<std::string> datastoreVia(const Site &S) {
  std::vector<std::string> Tables = sqlTables(S.Via);
  if (!Tables.empty())
    return Tables;
  // BEGIN, COMMIT, ROLLBACK alone name no table, and are not one.
  auto Statements = sqlStatements(S.Via);
  if (!Statements.empty() && llvm::all_of(Statements, isTransactionControl))
    return {};
  return {S.Via}; // not SQL: a command verb, or the store
}

ServiceMap buildServiceMap(const Analysis &A, double HopAvailability) {
  return Builder(A, HopAvailability).build();
}

} // namespace decouple
