//===- TuAnalysis.cpp -----------------------------------------------------===//
#include "integrations/tidy/TuAnalysis.h"
#include "index/Extractor.h"
#include "index/IndexManifest.h"
#include "support/Paths.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <mutex>

namespace decouple {

namespace {

/// Shards are shared by every TU an editor opens: load each index once,
/// again only when its manifest changes.
struct LoadedIndex {
  std::string Dir;
  llvm::sys::TimePoint<> Stamp;
  std::vector<Shard> Shards;
  std::vector<std::string> Notes;
};

std::shared_ptr<const LoadedIndex> loadIndex(const std::string &Dir) {
  static std::mutex Lock;
  static std::shared_ptr<const LoadedIndex> Cached;
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(IndexManifest::pathIn(Dir), Status))
    return nullptr;
  std::lock_guard<std::mutex> Guard(Lock);
  if (Cached && Cached->Dir == Dir &&
      Cached->Stamp == Status.getLastModificationTime())
    return Cached;
  auto Fresh = std::make_shared<LoadedIndex>();
  Fresh->Dir = Dir;
  Fresh->Stamp = Status.getLastModificationTime();
  loadListedShards(Dir, Fresh->Shards, Fresh->Notes);
  Cached = Fresh;
  return Cached;
}

std::string mainFileOf(const clang::SourceManager &SM) {
  if (auto F = SM.getFileEntryRefForID(SM.getMainFileID())) {
    llvm::StringRef Real = F->getFileEntry().tryGetRealPathName();
    return normalizePath(Real.empty() ? F->getName() : Real);
  }
  return "";
}

std::unique_ptr<TuAnalysis> build(clang::ASTContext &Ctx,
                                  const std::string &IndexDirOption) {
  auto T = std::make_unique<TuAnalysis>();
  std::string MainFile = mainFileOf(Ctx.getSourceManager());
  SessionRequest R;
  R.SearchFrom = llvm::sys::path::parent_path(MainFile).str();
  R.ReadClangTidyFiles = false; // clang-tidy hands us its own view of them
  T->Session.open(R, T->Problems);

  ExtractOptions Options;
  Options.DigestIncludes = false;
  TuSummary Live = extractSummary(Ctx, T->Session.Rules, Options);
  T->Graph.add(Live);
  T->IndexDir = findIndexDirFor(MainFile, IndexDirOption, T->Session.Config);
  if (!T->IndexDir.empty())
    if (auto Index = loadIndex(T->IndexDir))
      for (const Shard &S : Index->Shards)
        if (S.Summary.MainFile != Live.MainFile) // the live AST replaces its shard
          T->Graph.add(S.Summary);
  T->Graph.finalize();
  T->Result = std::make_unique<Analysis>(T->Graph, T->Session.Rules,
                                         T->Session.Config);
  return T;
}

thread_local std::unique_ptr<TuAnalysis> Current;

} // namespace

void startTranslationUnit() { Current.reset(); }

const TuAnalysis &analysisFor(clang::ASTContext &Ctx,
                              const std::string &IndexDirOption) {
  if (!Current)
    Current = build(Ctx, IndexDirOption);
  return *Current;
}

} // namespace decouple
