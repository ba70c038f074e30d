//===- TuAnalysis.cpp -----------------------------------------------------===//
#include "integrations/tidy/TuAnalysis.h"
#include "index/Extractor.h"
#include "index/ShardStore.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <mutex>

namespace decouple {

namespace {

/// The persisted index next to the sources: an explicit directory, the
/// config's index_dir, or a .decouple (or build/.decouple) directory found
/// walking up from the file.
std::string findIndexDir(const std::string &File, const std::string &Option,
                         const ProjectConfig &Config) {
  if (!Option.empty())
    return Option;
  if (!Config.IndexDir.empty())
    return Config.IndexDir;
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(File));
  while (!Dir.empty()) {
    for (const char *Candidate : {".decouple", "build/.decouple"}) {
      llvm::SmallString<256> P(Dir);
      llvm::sys::path::append(P, Candidate, "manifest.bin");
      if (llvm::sys::fs::exists(P))
        return std::string(llvm::sys::path::parent_path(P));
    }
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

/// Shards are shared by every TU an editor opens: load each index once,
/// again only when its manifest changes.
struct LoadedIndex {
  std::string Dir;
  llvm::sys::TimePoint<> Stamp;
  std::vector<TuSummary> Summaries;
};

std::shared_ptr<const LoadedIndex> loadIndex(const std::string &Dir) {
  static std::mutex Lock;
  static std::shared_ptr<const LoadedIndex> Cached;
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Dir + "/manifest.bin", Status))
    return nullptr;
  std::lock_guard<std::mutex> Guard(Lock);
  if (Cached && Cached->Dir == Dir &&
      Cached->Stamp == Status.getLastModificationTime())
    return Cached;
  auto Fresh = std::make_shared<LoadedIndex>();
  Fresh->Dir = Dir;
  Fresh->Stamp = Status.getLastModificationTime();
  ShardStore Store(Dir);
  for (const std::string &F : Store.list()) {
    Shard S;
    std::string Why;
    if (Store.read(F, S, Why) == ShardStatus::Ok)
      Fresh->Summaries.push_back(std::move(S.Summary));
  }
  Cached = Fresh;
  return Cached;
}

std::unique_ptr<TuAnalysis> build(clang::ASTContext &Ctx,
                                  const std::string &IndexDirOption) {
  auto T = std::make_unique<TuAnalysis>();
  const clang::SourceManager &SM = Ctx.getSourceManager();
  std::string MainFile;
  if (auto F = SM.getFileEntryRefForID(SM.getMainFileID())) {
    llvm::SmallString<256> P(F->getFileEntry().tryGetRealPathName());
    if (P.empty())
      P = F->getName();
    llvm::sys::fs::make_absolute(P);
    MainFile = std::string(P);
  }
  std::string ConfigFile =
      findProjectConfig(std::string(llvm::sys::path::parent_path(MainFile)));
  if (!ConfigFile.empty())
    loadProjectConfig(ConfigFile, T->Config, T->Problems);
  loadProjectRules(T->Config, {}, T->Rules, T->Problems);

  ExtractOptions Options;
  Options.DigestIncludes = false;
  TuSummary Live = extractSummary(Ctx, T->Rules, Options);
  T->Graph.add(Live);
  T->IndexDir = findIndexDir(MainFile, IndexDirOption, T->Config);
  if (!T->IndexDir.empty())
    if (auto Index = loadIndex(T->IndexDir))
      for (const TuSummary &S : Index->Summaries)
        if (S.MainFile != Live.MainFile) // the live AST replaces its shard
          T->Graph.add(S);
  T->Graph.finalize();
  T->Result = std::make_unique<Analysis>(T->Graph, T->Rules, T->Config);
  return T;
}

} // namespace

const TuAnalysis &analysisFor(clang::ASTContext &Ctx,
                              const std::string &IndexDirOption) {
  thread_local const clang::ASTContext *For = nullptr;
  thread_local std::unique_ptr<TuAnalysis> Current;
  if (For != &Ctx || !Current) {
    Current = build(Ctx, IndexDirOption);
    For = &Ctx;
  }
  return *Current;
}

} // namespace decouple
