//===- LinkedProgramCache.cpp ---------------------------------------------===//
#include "index/LinkedProgramCache.h"

#include "llvm/Support/FileSystem.h"

#include <string_view>
#include <tuple>
#include <unordered_map>

namespace decouple {

bool liveMatchesShard(const TuSummary &Live, const TuSummary &Stored) {
  if (std::tie(Live.MainFile, Live.Calls, Live.Sites, Live.DeadlineFlows,
               Live.StoreNameFlows, Live.UnresolvedIndirect, Live.ErrorCount) !=
      std::tie(Stored.MainFile, Stored.Calls, Stored.Sites, Stored.DeadlineFlows,
               Stored.StoreNameFlows, Stored.UnresolvedIndirect,
               Stored.ErrorCount))
    return false;
  std::unordered_map<std::string_view, const FunctionInfo *> Known;
  for (const FunctionInfo &F : Stored.Functions)
    Known.emplace(F.Usr, &F);
  for (const FunctionInfo &F : Live.Functions) {
    auto It = Known.find(F.Usr);
    if (It == Known.end() || !(*It->second == F))
      return false;
  }
  return true;
}

std::shared_ptr<const LinkedProgramCache::Program>
LinkedProgramCache::refresh(const std::string &IndexDir) {
  std::string ManifestPath = IndexManifest::pathIn(IndexDir);
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(ManifestPath, Status))
    return nullptr;
  // One refresh at a time: concurrent TUs of a changed index wait for it
  // rather than each reading the same shards.
  std::lock_guard<std::mutex> Guard(Lock);
  std::shared_ptr<const Program> &Slot = ByDir[IndexDir];
  if (Slot && Slot->Stamp == Status.getLastModificationTime() &&
      Slot->ManifestSize == Status.getSize())
    return Slot;

  IndexManifest Manifest;
  std::string Why;
  if (Manifest.load(ManifestPath, Why) != ShardStatus::Ok) {
    Slot = nullptr;
    return nullptr;
  }
  auto Fresh = std::make_shared<Program>();
  Fresh->Dir = IndexDir;
  Fresh->Stamp = Status.getLastModificationTime();
  Fresh->ManifestSize = Status.getSize();
  Fresh->Root = Manifest.Root;
  // Stored paths resolve against the root: a new root invalidates them all.
  const Program *Old = Slot && Slot->Root == Manifest.Root ? Slot.get() : nullptr;
  ShardStore Store(IndexDir, Manifest.Root);
  for (auto &[Name, E] : Manifest.Entries) {
    if (Old)
      if (auto It = Old->Entries.find(Name);
          It != Old->Entries.end() && It->second == E) {
        if (auto S = Old->Shards.find(Name); S != Old->Shards.end()) {
          Fresh->Shards.emplace(Name, S->second);
          Fresh->EntryOfMainFile[E.MainFile] = Name;
          ++Fresh->ShardsKept;
        }
        Fresh->Entries.emplace(Name, std::move(E));
        continue;
      }
    auto S = std::make_shared<Shard>();
    std::string Note;
    ++Fresh->ShardsRead;
    if (readListedShard(Store, IndexDir, Name, E, *S, Note)) {
      Fresh->EntryOfMainFile[E.MainFile] = Name;
      Fresh->Shards.emplace(Name, std::move(S));
    } else {
      Fresh->Notes.push_back(std::move(Note));
    }
    Fresh->Entries.emplace(Name, std::move(E));
  }
  if (Old)
    for (const auto &[Name, S] : Old->Shards)
      if (!Fresh->Entries.count(Name))
        ++Fresh->ShardsDropped;
  for (const auto &[Name, S] : Fresh->Shards)
    Fresh->Linked.add(S->Summary);
  Fresh->Linked.finalize();
  Slot = std::move(Fresh);
  return Slot;
}

std::shared_ptr<const ProgramGraph>
LinkedProgramCache::graphFor(const std::shared_ptr<const Program> &P,
                             const TuSummary &Live, bool *Reused) {
  if (Reused)
    *Reused = false;
  auto Graph = std::make_shared<ProgramGraph>();
  if (!P) {
    Graph->add(Live);
    Graph->finalize();
    return Graph;
  }
  const Shard *Own = nullptr;
  if (auto It = P->EntryOfMainFile.find(Live.MainFile);
      It != P->EntryOfMainFile.end())
    if (auto S = P->Shards.find(It->second); S != P->Shards.end())
      Own = S->second.get();
  if (Own && liveMatchesShard(Live, Own->Summary)) {
    if (Reused)
      *Reused = true;
    return std::shared_ptr<const ProgramGraph>(P, &P->Linked);
  }
  // In the shard's place, so the link sees the TUs in the order it does
  // for the whole index; a TU the index lacks comes first.
  if (!Own)
    Graph->add(Live);
  for (const auto &[Name, S] : P->Shards) {
    if (S.get() == Own)
      Graph->add(Live);
    else if (S->Summary.MainFile != Live.MainFile)
      Graph->add(S->Summary);
  }
  Graph->finalize();
  return Graph;
}

} // namespace decouple
