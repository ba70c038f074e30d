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
#include "index/ProgramGraph.h"
#include "support/Paths.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <unordered_map>

namespace decouple {

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
        S.ReusedDeadline << 3 | S.GeneratedImplementation << 4 |
        S.ContextIsPointer << 5 | S.InboundIsPointer << 6);
    W.loc(S.ResponseReadAt);
    W.u(static_cast<uint64_t>(S.Mode));
    W.u(static_cast<uint64_t>(S.Deadline));
    W.u(static_cast<uint64_t>(S.DeadlineMs + 1));
    W.s(S.DefaultTimeout);
    W.s(S.Streaming);
    W.s(S.CallText);
    W.s(S.RequestText);
    W.s(S.Interface);
    W.s(S.ContextVar);
    W.s(S.InboundVar);
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
  return W.finish(ShardMagic, ShardFormatVersion);
}

ShardStatus deserializeShard(std::string_view Data, Shard &Out,
                             std::string &Why) {
  ShardView V;
  if (ShardStatus St = V.decode(Data, Why); St != ShardStatus::Ok)
    return St;
  Out = V.materialise();
  return ShardStatus::Ok;
}

void mapSummaryPaths(TuSummary &T, const PathMap &Map) {
  auto Usr = [&](std::string &U) {
    if (llvm::StringRef(U).starts_with("decouple:"))
      U = mapLambdaUsr(U, Map);
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
  // One buffer per thread (clangd reads shards on several).
  thread_local FileBytes Buffer;
  if (!Buffer.read(Path, Why))
    return ShardStatus::Missing;
  ShardStatus St = deserializeShard(Buffer.view(), Out, Why);
  if (St == ShardStatus::Ok && !Root.empty())
    mapSummaryPaths(Out.Summary, [&](const std::string &P) {
      return resolveFromRoot(P, Root);
    });
  return St;
}

ShardStatus ShardStore::readInto(const std::string &Path,
                                 const std::string &CommandDigest, Shard &Head,
                                 ProgramGraph &G, std::string &Why) const {
  thread_local FileBytes Buffer;
  if (!Buffer.read(Path, Why))
    return ShardStatus::Missing;
  ShardView V;
  if (ShardStatus St = V.decode(Buffer.view(), Why); St != ShardStatus::Ok)
    return St;
  if (!Root.empty())
    V.mapPaths([&](const std::string &P) { return resolveFromRoot(P, Root); });
  if (V.Head.Key.CommandDigest != CommandDigest) {
    Head = V.materialise();
    return ShardStatus::Ok;
  }
  G.add(V);
  Head = std::move(V.Head);
  TuSummary &T = Head.Summary;
  Head.LinkedFunctions = V.Functions.size();
  Head.LinkedCalls = V.Calls.size();
  Head.LinkedSites = T.Sites.size();
  T.Sites = {};
  T.DeadlineFlows = {};
  T.StoreNameFlows = {};
  return ShardStatus::Ok;
}

size_t ShardStore::removeAllBut(const llvm::StringSet<> &Keep) const {
  // Walks the directory itself: list() sorts, which removal does not need
  // (at 100,000 TUs the sort was a tenth of an up-to-date run's bookkeeping).
  size_t Removed = 0;
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "shards");
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(P, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef F = It->path();
    if (F.ends_with(".shard") && !Keep.contains(llvm::sys::path::filename(F)) &&
        !llvm::sys::fs::remove(F))
      ++Removed;
  }
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
