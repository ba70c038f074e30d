//===- ProgramGraph.cpp - The link step -----------------------------------===//
#include "index/ProgramGraph.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace decouple {

FunctionId ProgramGraph::intern(std::string_view Usr) {
  auto [It, Inserted] = Ids.try_emplace(llvm::StringRef(Usr.data(), Usr.size()),
                                        static_cast<FunctionId>(Functions.size()));
  if (Inserted) {
    FunctionInfo Info;
    Info.Usr = Usr;
    Functions.push_back(std::move(Info));
    Out.emplace_back();
    SitesOf.emplace_back();
  }
  return It->second;
}

FileId ProgramGraph::fileId(std::string_view Path) {
  auto [It, Inserted] = FileIds.try_emplace(
      llvm::StringRef(Path.data(), Path.size()), static_cast<FileId>(Files.size()));
  if (Inserted)
    Files.emplace_back(Path);
  return It->second;
}

int64_t ProgramGraph::find(const std::string &Usr) const {
  auto It = Ids.find(Usr);
  return It == Ids.end() ? -1 : static_cast<int64_t>(It->second);
}

template <typename MakeInfo>
void ProgramGraph::mergeFunction(std::string_view Usr, bool HasBody,
                                 MakeInfo Make) {
  FunctionInfo &Known = Functions[intern(Usr)];
  if (!Known.Name.empty() && !(HasBody && !Known.HasBody))
    return;
  std::vector<std::string> Overrides = std::move(Known.Overrides);
  Known = Make();
  for (std::string &O : Overrides)
    if (std::find(Known.Overrides.begin(), Known.Overrides.end(), O) ==
        Known.Overrides.end())
      Known.Overrides.push_back(std::move(O));
}

void ProgramGraph::add(const TuSummary &TU) {
  for (const FunctionInfo &F : TU.Functions)
    mergeFunction(F.Usr, F.HasBody, [&] { return F; });
  for (const CallEdge &C : TU.Calls) {
    // intern() may grow Out: take both ids before indexing it (ASan found a
    // use-after-free when the callee was interned after Out[...] was taken).
    FunctionId Caller = intern(C.Caller), Callee = intern(C.Callee);
    Out[Caller].push_back(
        {Callee, C.Kind, fileId(C.Loc.File), C.Loc.Line, C.Loc.Column});
  }
  addRest(TU);
}

void ProgramGraph::add(const ShardView &V) {
  for (const FunctionRef &F : V.Functions)
    mergeFunction(V.usr(F.Usr), F.HasBody, [&] { return V.function(F); });
  // Per shard, each distinct string is looked up once.
  std::vector<int64_t> FunctionOf, FileOf;
  auto Cached = [](std::vector<int64_t> &Cache, StringId Id, auto Lookup) {
    if (Cache.size() <= Id)
      Cache.resize(Id + 1, -1);
    if (Cache[Id] < 0)
      Cache[Id] = Lookup();
    return static_cast<uint32_t>(Cache[Id]);
  };
  for (const CallRef &C : V.Calls) {
    FunctionId Caller = Cached(FunctionOf, C.Caller, [&] { return intern(V.usr(C.Caller)); });
    FunctionId Callee = Cached(FunctionOf, C.Callee, [&] { return intern(V.usr(C.Callee)); });
    FileId File = Cached(FileOf, C.Loc.File, [&] { return fileId(V.path(C.Loc.File)); });
    Out[Caller].push_back({Callee, C.Kind, File, C.Loc.Line, C.Loc.Column});
  }
  addRest(V.Head.Summary);
}

void ProgramGraph::addRest(const TuSummary &TU) {
  ++Stats.Tus;
  Stats.UnresolvedIndirect += TU.UnresolvedIndirect;
  if (TU.ErrorCount) {
    ++Stats.TusWithErrors;
    Partial.push_back(TU.MainFile);
  }
  SiteId Base = static_cast<SiteId>(Sites.size());
  for (const DeadlineFlow &F : TU.DeadlineFlows) {
    ParamKey To{F.Callee, F.Param};
    if (F.Kind == DeadlineFlow::Setter)
      ParamDeadlines.try_emplace(To, F);
    else if (F.Kind == DeadlineFlow::Forward)
      Forwards.push_back(F);
    else if (F.From < TU.Sites.size())
      ContextPasses.push_back({Base + F.From, To});
  }
  for (const StoreNameFlow &F : TU.StoreNameFlows) {
    if (F.Kind == StoreNameFlow::Named)
      StoreNames.try_emplace(F.To, F.From);
    else if (F.Kind == StoreNameFlow::Forward)
      StoreForwards.push_back(F);
    else if (F.Site < TU.Sites.size())
      StoreUses.push_back({Base + F.Site, F.To});
  }
  for (const Site &S : TU.Sites) {
    SiteId Id = static_cast<SiteId>(Sites.size());
    FunctionId F = intern(S.Function);
    Sites.push_back(S);
    if (S.Kind == SiteKind::EntryPoint)
      Entries.push_back(Id);
    else
      SitesOf[F].push_back(Id);
  }
}

void ProgramGraph::followDeadlineFlows() {
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const DeadlineFlow &F : Forwards)
      if (auto It = ParamDeadlines.find({F.Callee, F.Param});
          It != ParamDeadlines.end())
        Changed |= ParamDeadlines.try_emplace({F.Caller, F.From}, It->second)
                       .second;
  }
  for (const auto &[Id, To] : ContextPasses)
    if (auto It = ParamDeadlines.find(To); It != ParamDeadlines.end() &&
                                           Sites[Id].Deadline ==
                                               DeadlineKind::Missing) {
      Sites[Id].Deadline = It->second.Deadline;
      Sites[Id].DeadlineMs = It->second.Ms;
    }
}

void ProgramGraph::followStoreNames() {
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const StoreNameFlow &F : StoreForwards)
      if (auto It = StoreNames.find(F.From); It != StoreNames.end())
        Changed |= StoreNames.try_emplace(F.To, It->second).second;
  }
  for (const auto &[Id, Key] : StoreUses)
    if (auto It = StoreNames.find(Key); It != StoreNames.end())
      Sites[Id].Service = It->second;
}

void ProgramGraph::finalize() {
  followDeadlineFlows();
  followStoreNames();
  // Overriders, transitively: a call through Base::f may land in any f below.
  std::vector<std::vector<FunctionId>> Overriders(Functions.size());
  for (FunctionId F = 0; F < Functions.size(); ++F)
    for (const std::string &O : Functions[F].Overrides)
      if (auto It = Ids.find(O); It != Ids.end())
        Overriders[It->second].push_back(F);
  auto AllOverriders = [&](FunctionId Root) {
    std::vector<FunctionId> Result, Stack{Root};
    std::set<FunctionId> Seen{Root};
    while (!Stack.empty()) {
      FunctionId F = Stack.back();
      Stack.pop_back();
      for (FunctionId O : Overriders[F])
        if (Seen.insert(O).second) {
          Result.push_back(O);
          Stack.push_back(O);
        }
    }
    return Result;
  };
  for (FunctionId F = 0; F < Functions.size(); ++F) {
    std::vector<GraphEdge> &Edges = Out[F];
    size_t N = Edges.size();
    for (size_t I = 0; I < N; ++I)
      if (Edges[I].Kind == EdgeKind::Virtual)
        for (FunctionId O : AllOverriders(Edges[I].To))
          Edges.push_back({O, EdgeKind::Virtual, Edges[I].File, Edges[I].Line,
                           Edges[I].Column});
    // Headers put the same edge into many TUs: keep one per target and kind.
    // By file name, not file id: the first location in that order is the
    // one kept, whatever order the TUs were linked in.
    std::sort(Edges.begin(), Edges.end(), [this](const GraphEdge &A, const GraphEdge &B) {
      if (A.To != B.To || A.Kind != B.Kind)
        return std::tie(A.To, A.Kind) < std::tie(B.To, B.Kind);
      if (A.File != B.File)
        return Files[A.File] < Files[B.File];
      return std::tie(A.Line, A.Column) < std::tie(B.Line, B.Column);
    });
    Edges.erase(std::unique(Edges.begin(), Edges.end(),
                            [](const GraphEdge &A, const GraphEdge &B) {
                              return A.To == B.To && A.Kind == B.Kind;
                            }),
                Edges.end());
    Stats.Edges += Edges.size();
  }
  // The same site seen from several TUs (inline code in a header) is one.
  auto Key = [this](SiteId I) {
    const Site &S = Sites[I];
    return std::tie(S.Kind, S.Function, S.Loc.File, S.Loc.Line, S.Loc.Column,
                    S.RuleId);
  };
  auto Dedupe = [&](std::vector<SiteId> &Ids) {
    std::sort(Ids.begin(), Ids.end(),
              [&](SiteId A, SiteId B) { return Key(A) < Key(B) || (Key(A) == Key(B) && A < B); });
    Ids.erase(std::unique(Ids.begin(), Ids.end(),
                          [&](SiteId A, SiteId B) { return Key(A) == Key(B); }),
              Ids.end());
  };
  Dedupe(Entries);
  for (std::vector<SiteId> &S : SitesOf)
    Dedupe(S);
  Stats.Functions = Functions.size();
  Stats.Sites = Entries.size();
  for (const std::vector<SiteId> &S : SitesOf)
    Stats.Sites += S.size();
}

} // namespace decouple
