//===- ShardView.cpp - The shard payload's one decoder --------------------===//
#include "index/ShardView.h"
#include "index/ShardStore.h"

#include "llvm/ADT/StringRef.h"

namespace decouple {

namespace {
LocationRef locationRef(BinaryReader &R) {
  LocationRef L;
  L.File = R.id();
  L.Line = static_cast<unsigned>(R.u());
  L.Column = static_cast<unsigned>(R.u());
  return L;
}
} // namespace

std::string mapLambdaUsr(std::string_view Usr, const PathMap &Map) {
  llvm::StringRef R(Usr.data(), Usr.size());
  if (!R.consume_front("decouple:"))
    return std::string(Usr);
  size_t Col = R.rfind(':');
  size_t Line = Col == llvm::StringRef::npos ? Col : R.rfind(':', Col - 1);
  if (Line == llvm::StringRef::npos)
    return std::string(Usr);
  return "decouple:" + Map(R.take_front(Line).str()) + R.drop_front(Line).str();
}

ShardStatus ShardView::decode(std::string_view Data, std::string &Why) {
  BinaryReader R;
  Shard &Sh = Head;
  TuSummary &T = Sh.Summary;
  if (ShardStatus St = R.open(Data, ShardMagic, ShardFormatVersion, Why);
      St != ShardStatus::Ok)
    return St;
  Sh.Key.CommandDigest = R.s();
  Sh.Key.RulesDigest = R.s();
  Sh.Key.ToolVersion = R.s();
  T.MainFile = R.s();
  T.UnresolvedIndirect = R.u();
  T.ErrorCount = static_cast<unsigned>(R.u());
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I)
    T.Errors.push_back(R.s());
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    IncludedFile F;
    F.Path = R.s();
    F.Digest = R.u();
    T.Includes.push_back(std::move(F));
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    FunctionRef F;
    F.Usr = R.id();
    F.Name = R.id();
    F.Loc = locationRef(R);
    uint64_t Flags = R.u();
    F.IsCoroutine = Flags & 1;
    F.IsLambda = Flags & 2;
    F.HasBody = Flags & 4;
    F.FirstOverride = static_cast<uint32_t>(Overrides.size());
    for (uint64_t J = 0, M = R.count(); J < M && R.ok(); ++J)
      Overrides.push_back(R.id());
    F.OverrideCount = static_cast<uint32_t>(Overrides.size()) - F.FirstOverride;
    Functions.push_back(F);
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    CallRef C;
    C.Caller = R.id();
    C.Callee = R.id();
    C.Kind = R.e(EdgeKind::Deferred);
    C.Loc = locationRef(R);
    Calls.push_back(C);
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    Site S;
    S.Kind = R.e(SiteKind::TransportTimeout);
    S.Function = R.s();
    S.RuleId = R.s();
    S.Protocol = R.s();
    S.Loc = R.loc();
    S.Callee = R.s();
    S.Service = R.s();
    S.Via = R.s();
    uint64_t Flags = R.u();
    S.Consumer = Flags & 1;
    S.EventLoop = Flags & 2;
    S.ResultUsed = Flags & 4;
    S.ReusedDeadline = Flags & 8;
    S.GeneratedImplementation = Flags & 16;
    S.ContextIsPointer = Flags & 32;
    S.InboundIsPointer = Flags & 64;
    S.ResponseReadAt = R.loc();
    S.Mode = R.e(CallMode::AsyncDetached);
    S.Deadline = R.e(DeadlineKind::OnTransport);
    S.DeadlineMs = static_cast<int64_t>(R.u()) - 1;
    S.DefaultTimeout = R.s();
    S.Streaming = R.s();
    S.CallText = R.s();
    S.RequestText = R.s();
    S.Interface = R.s();
    S.ContextVar = R.s();
    S.InboundVar = R.s();
    S.StatementStart = R.loc();
    T.Sites.push_back(std::move(S));
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    DeadlineFlow F;
    F.Kind = R.e(DeadlineFlow::Context);
    F.Callee = R.s();
    F.Param = static_cast<uint32_t>(R.u());
    F.Caller = R.s();
    F.From = static_cast<uint32_t>(R.u());
    F.Deadline = R.e(DeadlineKind::OnTransport);
    F.Ms = static_cast<int64_t>(R.u()) - 1;
    T.DeadlineFlows.push_back(std::move(F));
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    StoreNameFlow F;
    F.Kind = R.e(StoreNameFlow::Use);
    F.To = R.s();
    F.From = R.s();
    F.Site = static_cast<uint32_t>(R.u());
    T.StoreNameFlows.push_back(std::move(F));
  }
  if (!R.ok() || !R.atEnd()) {
    Why = R.badId().empty() ? "malformed payload"
                            : "malformed payload: " + R.badId();
    return ShardStatus::Corrupt;
  }
  Strings = R.strings();
  return ShardStatus::Ok;
}

void ShardView::mapPaths(PathMap M) {
  Map = std::move(M);
  mapSummaryPaths(Head.Summary, Map);
  MappedPaths.clear();
  MappedUsrs.clear();
}

std::string_view ShardView::path(StringId Id) const {
  if (!Map)
    return Strings[Id];
  auto [It, New] = MappedPaths.try_emplace(Id);
  if (New)
    It->second = Map(std::string(Strings[Id]));
  return It->second;
}

std::string_view ShardView::usr(StringId Id) const {
  if (!Map || !Strings[Id].starts_with("decouple:"))
    return Strings[Id];
  auto [It, New] = MappedUsrs.try_emplace(Id);
  if (New)
    It->second = mapLambdaUsr(Strings[Id], Map);
  return It->second;
}

FunctionInfo ShardView::function(const FunctionRef &F) const {
  FunctionInfo Info;
  Info.Usr = usr(F.Usr);
  Info.Name = Strings[F.Name];
  Info.Loc = location(F.Loc);
  Info.IsCoroutine = F.IsCoroutine;
  Info.IsLambda = F.IsLambda;
  Info.HasBody = F.HasBody;
  for (uint32_t I = 0; I < F.OverrideCount; ++I)
    Info.Overrides.emplace_back(usr(Overrides[F.FirstOverride + I]));
  return Info;
}

Shard ShardView::materialise() {
  Shard S = std::move(Head);
  S.Summary.Functions.reserve(Functions.size());
  for (const FunctionRef &F : Functions)
    S.Summary.Functions.push_back(function(F));
  S.Summary.Calls.reserve(Calls.size());
  for (const CallRef &C : Calls)
    S.Summary.Calls.push_back({std::string(usr(C.Caller)),
                               std::string(usr(C.Callee)), C.Kind,
                               location(C.Loc)});
  return S;
}

} // namespace decouple
