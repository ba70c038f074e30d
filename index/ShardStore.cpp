//===- ShardStore.cpp - Shard serialisation -------------------------------===//
//
// Layout: "DCPLSHRD" | u32 version | u64 payload size | u64 xxh3(payload) |
// payload. The payload starts with a string table; records refer to strings
// by index, as varints. Paths and USRs repeat a lot, so this keeps shards
// small.
//
//===----------------------------------------------------------------------===//
#include "index/ShardStore.h"
#include "index/BinaryFormat.h"
#include "support/Paths.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <unordered_map>

namespace decouple {

namespace {
constexpr char Magic[9] = "DCPLSHRD";
} // namespace

std::string serializeShard(const Shard &Sh) {
  BinaryWriter W;
  const TuSummary &T = Sh.Summary;
  W.s(Sh.Key.CommandDigest);
  W.s(Sh.Key.RulesDigest);
  W.s(Sh.Key.ToolVersion);
  W.s(T.MainFile);
  W.u(T.UnresolvedIndirect);
  W.u(T.ErrorCount);
  W.u(T.Errors.size());
  for (const std::string &E : T.Errors)
    W.s(E);
  W.u(T.Includes.size());
  for (const IncludedFile &F : T.Includes) {
    W.s(F.Path);
    W.u(F.Digest);
  }
  W.u(T.Functions.size());
  for (const FunctionInfo &F : T.Functions) {
    W.s(F.Usr);
    W.s(F.Name);
    W.loc(F.Loc);
    W.u(F.IsCoroutine | F.IsLambda << 1 | F.HasBody << 2);
    W.u(F.Overrides.size());
    for (const std::string &O : F.Overrides)
      W.s(O);
  }
  W.u(T.Calls.size());
  for (const CallEdge &C : T.Calls) {
    W.s(C.Caller);
    W.s(C.Callee);
    W.u(static_cast<uint64_t>(C.Kind));
    W.loc(C.Loc);
  }
  W.u(T.Sites.size());
  for (const Site &S : T.Sites) {
    W.u(static_cast<uint64_t>(S.Kind));
    W.s(S.Function);
    W.s(S.RuleId);
    W.s(S.Protocol);
    W.loc(S.Loc);
    W.s(S.Callee);
    W.s(S.Service);
    W.s(S.Via);
    W.u(S.Consumer | S.EventLoop << 1 | S.ResultUsed << 2 |
        S.ReusedDeadline << 3);
    W.loc(S.ResponseReadAt);
    W.u(static_cast<uint64_t>(S.Mode));
    W.u(static_cast<uint64_t>(S.Deadline));
    W.u(static_cast<uint64_t>(S.DeadlineMs + 1));
    W.s(S.DefaultTimeout);
    W.s(S.Streaming);
    W.s(S.CallText);
    W.s(S.RequestText);
    W.s(S.ContextVar);
    W.s(S.InboundVar);
    W.u(S.ContextIsPointer | S.InboundIsPointer << 1);
    W.loc(S.StatementStart);
  }
  W.u(T.DeadlineFlows.size());
  for (const DeadlineFlow &F : T.DeadlineFlows) {
    W.u(F.Kind);
    W.s(F.Callee);
    W.u(F.Param);
    W.s(F.Caller);
    W.u(F.From);
    W.u(static_cast<uint64_t>(F.Deadline));
    W.u(static_cast<uint64_t>(F.Ms + 1));
  }
  W.u(T.StoreNameFlows.size());
  for (const StoreNameFlow &F : T.StoreNameFlows) {
    W.u(F.Kind);
    W.s(F.To);
    W.s(F.From);
    W.u(F.Site);
  }
  return W.finish(Magic, ShardFormatVersion);
}

ShardStatus deserializeShard(std::string_view Data, Shard &Out,
                             std::string &Why) {
  BinaryReader R;
  Shard Sh;
  TuSummary &T = Sh.Summary;
  if (ShardStatus St = R.open(Data, Magic, ShardFormatVersion, Why);
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
    FunctionInfo F;
    F.Usr = R.s();
    F.Name = R.s();
    F.Loc = R.loc();
    uint64_t Flags = R.u();
    F.IsCoroutine = Flags & 1;
    F.IsLambda = Flags & 2;
    F.HasBody = Flags & 4;
    for (uint64_t J = 0, M = R.count(); J < M && R.ok(); ++J)
      F.Overrides.push_back(R.s());
    T.Functions.push_back(std::move(F));
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    CallEdge C;
    C.Caller = R.s();
    C.Callee = R.s();
    C.Kind = R.e(EdgeKind::Deferred);
    C.Loc = R.loc();
    T.Calls.push_back(std::move(C));
  }
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    Site S;
    S.Kind = R.e(SiteKind::InProcessHandoff);
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
    S.ResponseReadAt = R.loc();
    S.Mode = R.e(CallMode::AsyncDetached);
    S.Deadline = R.e(DeadlineKind::Unknown);
    S.DeadlineMs = static_cast<int64_t>(R.u()) - 1;
    S.DefaultTimeout = R.s();
    S.Streaming = R.s();
    S.CallText = R.s();
    S.RequestText = R.s();
    S.ContextVar = R.s();
    S.InboundVar = R.s();
    uint64_t Access = R.u();
    S.ContextIsPointer = Access & 1;
    S.InboundIsPointer = Access & 2;
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
    F.Deadline = R.e(DeadlineKind::Unknown);
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
    Why = "malformed payload";
    return ShardStatus::Corrupt;
  }
  Out = std::move(Sh);
  return ShardStatus::Ok;
}

void mapSummaryPaths(TuSummary &T,
                     const std::function<std::string(const std::string &)> &Map) {
  // Lambdas are named "decouple:<file>:<line>:<col>" (see the extractor).
  auto Usr = [&](std::string &U) {
    llvm::StringRef R(U);
    if (!R.consume_front("decouple:"))
      return;
    size_t Col = R.rfind(':');
    size_t Line = Col == llvm::StringRef::npos ? Col : R.rfind(':', Col - 1);
    if (Line == llvm::StringRef::npos)
      return;
    U = "decouple:" + Map(R.take_front(Line).str()) + R.drop_front(Line).str();
  };
  T.MainFile = Map(T.MainFile);
  for (IncludedFile &F : T.Includes)
    F.Path = Map(F.Path);
  for (FunctionInfo &F : T.Functions) {
    F.Loc.File = Map(F.Loc.File);
    Usr(F.Usr);
    for (std::string &O : F.Overrides)
      Usr(O);
  }
  for (CallEdge &C : T.Calls) {
    C.Loc.File = Map(C.Loc.File);
    Usr(C.Caller);
    Usr(C.Callee);
  }
  for (Site &S : T.Sites) {
    S.Loc.File = Map(S.Loc.File);
    if (S.ResponseReadAt.valid())
      S.ResponseReadAt.File = Map(S.ResponseReadAt.File);
    if (S.StatementStart.valid())
      S.StatementStart.File = Map(S.StatementStart.File);
    Usr(S.Function);
  }
}

std::string ShardStore::pathFor(const std::string &MainFile,
                                const std::string &Directory) const {
  // Named by the root-relative paths, so a moved index keeps its names.
  std::string Id = llvm::utohexstr(llvm::xxh3_64bits(
      relativeToRoot(MainFile, Root) + '\0' + relativeToRoot(Directory, Root)));
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "shards",
                          llvm::sys::path::filename(MainFile).str() + "." +
                              Id + ".shard");
  return std::string(P);
}

bool ShardStore::write(const std::string &Path, const Shard &S,
                       std::string &Error) const {
  if (Root.empty())
    return writeFileAtomically(Path, serializeShard(S), Error);
  Shard Portable = S;
  mapSummaryPaths(Portable.Summary,
                  [&](const std::string &P) { return relativeToRoot(P, Root); });
  return writeFileAtomically(Path, serializeShard(Portable), Error);
}

ShardStatus ShardStore::read(const std::string &Path, Shard &Out,
                             std::string &Why) const {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    Why = Buffer.getError().message();
    return ShardStatus::Missing;
  }
  llvm::StringRef Data = (*Buffer)->getBuffer();
  ShardStatus St =
      deserializeShard(std::string_view(Data.data(), Data.size()), Out, Why);
  if (St == ShardStatus::Ok && !Root.empty())
    mapSummaryPaths(Out.Summary, [&](const std::string &P) {
      return resolveFromRoot(P, Root);
    });
  return St;
}

size_t ShardStore::removeAllBut(const std::set<std::string> &Keep) const {
  size_t Removed = 0;
  for (const std::string &F : list())
    if (!Keep.count(llvm::sys::path::filename(F).str()) &&
        !llvm::sys::fs::remove(F))
      ++Removed;
  return Removed;
}

std::vector<std::string> ShardStore::list() const {
  std::vector<std::string> Out;
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "shards");
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(P, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".shard"))
      Out.push_back(It->path());
  std::sort(Out.begin(), Out.end());
  return Out;
}

} // namespace decouple
