//===- IndexManifest.cpp --------------------------------------------------===//
#include "index/IndexManifest.h"
#include "index/BinaryFormat.h"
#include "support/Paths.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

namespace decouple {

namespace {
constexpr char Magic[9] = "DCPLMNFT";
}

ManifestEntry ManifestEntry::fromShard(const Shard &S) {
  ManifestEntry E;
  E.MainFile = S.Summary.MainFile;
  E.Key = S.Key;
  E.Includes = S.Summary.Includes;
  E.Functions = S.functionCount();
  E.Edges = S.callCount();
  E.Sites = S.siteCount();
  E.UnresolvedIndirect = S.Summary.UnresolvedIndirect;
  E.Errors = S.Summary.ErrorCount;
  return E;
}

std::string IndexManifest::entryName(llvm::StringRef ShardPath) {
  return llvm::sys::path::filename(ShardPath).str();
}

bool isPlainShardName(llvm::StringRef Name) {
  return Name.ends_with(".shard") && Name != ".shard" &&
         Name.find_first_of("/\\") == llvm::StringRef::npos &&
         Name.find('\0') == llvm::StringRef::npos && !Name.starts_with(".");
}

std::string IndexManifest::pathIn(const std::string &IndexDir) {
  llvm::SmallString<256> P(IndexDir);
  llvm::sys::path::append(P, "manifest.bin");
  return std::string(P);
}

ShardStatus IndexManifest::load(const std::string &Path, std::string &Why) {
  Entries.clear();
  auto Buffer = llvm::MemoryBuffer::getFile(Path, false, false);
  if (!Buffer)
    return ShardStatus::Missing;
  llvm::StringRef Data = (*Buffer)->getBuffer();
  BinaryReader R;
  if (ShardStatus St = R.open(std::string_view(Data.data(), Data.size()),
                              Magic, ManifestFormatVersion, Why);
      St != ShardStatus::Ok)
    return St;
  std::string Dir = llvm::sys::path::parent_path(Path).str();
  Root = normalizePath(resolveFromRoot(R.s(), Dir));
  ProjectRoot = normalizePath(resolveFromRoot(R.s(), Dir));
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    std::string Shard = R.s();
    // A manifest from a CI cache is untrusted: a shard is a plain file name
    // in shards/, never a path that leads out of the index.
    if (!isPlainShardName(Shard)) {
      Entries.clear();
      Why = "malformed manifest (shard name '" + Shard + "' is not a file name)";
      return ShardStatus::Corrupt;
    }
    ManifestEntry E;
    E.MainFile = resolveFromRoot(R.s(), Root);
    E.Key.CommandDigest = R.s();
    E.Key.RulesDigest = R.s();
    E.Key.ToolVersion = R.s();
    for (uint64_t J = 0, M = R.count(); J < M && R.ok(); ++J) {
      IncludedFile F;
      F.Path = resolveFromRoot(R.s(), Root);
      F.Digest = R.u();
      E.Includes.push_back(std::move(F));
    }
    E.Functions = R.u();
    E.Edges = R.u();
    E.Sites = R.u();
    E.UnresolvedIndirect = R.u();
    E.Errors = static_cast<unsigned>(R.u());
    Entries.emplace(std::move(Shard), std::move(E));
  }
  if (!R.ok() || !R.atEnd()) {
    Entries.clear();
    Why = "malformed manifest";
    return ShardStatus::Corrupt;
  }
  return ShardStatus::Ok;
}

bool IndexManifest::set(const std::string &Name, ManifestEntry E) {
  auto [It, New] = Entries.try_emplace(Name);
  if (!New && It->second == E)
    return false;
  It->second = std::move(E);
  return true;
}

bool IndexManifest::keepOnly(const llvm::StringSet<> &Keep) {
  return std::erase_if(Entries,
                       [&](const auto &E) { return !Keep.contains(E.first); }) > 0;
}

bool IndexManifest::save(const std::string &Path, std::string &Error) const {
  BinaryWriter W;
  std::string Dir = normalizePath(llvm::sys::path::parent_path(Path));
  W.s(relativePath(Dir, Root));
  W.s(relativePath(Dir, ProjectRoot.empty() ? Root : ProjectRoot));
  W.u(Entries.size());
  for (const auto &[Shard, E] : Entries) {
    W.s(Shard);
    W.s(relativeToRoot(E.MainFile, Root));
    W.s(E.Key.CommandDigest);
    W.s(E.Key.RulesDigest);
    W.s(E.Key.ToolVersion);
    W.u(E.Includes.size());
    for (const IncludedFile &F : E.Includes) {
      W.s(relativeToRoot(F.Path, Root));
      W.u(F.Digest);
    }
    W.u(E.Functions);
    W.u(E.Edges);
    W.u(E.Sites);
    W.u(E.UnresolvedIndirect);
    W.u(E.Errors);
  }
  return writeFileAtomically(Path, W.finish(Magic, ManifestFormatVersion),
                             Error);
}

bool readListedShard(const ShardStore &Store, const std::string &IndexDir,
                     const std::string &Name, const ManifestEntry &E,
                     Shard &S, std::string &Note) {
  llvm::SmallString<256> P(IndexDir);
  llvm::sys::path::append(P, "shards", Name);
  std::string Problem;
  ShardStatus Read = Store.read(std::string(P), S, Problem);
  if (Read != ShardStatus::Ok) {
    Note = std::string(P) + ": skipped, " + shardStatusName(Read) +
           (Problem.empty() ? "" : " (" + Problem + ")");
    return false;
  }
  if (!(S.Key == E.Key) || S.Summary.MainFile != E.MainFile) {
    Note = std::string(P) + ": skipped, its key does not match the manifest";
    return false;
  }
  return true;
}

ShardStatus loadListedShards(const std::string &IndexDir,
                             std::vector<Shard> &Out,
                             std::vector<std::string> &Notes,
                             IndexManifest *Info) {
  IndexManifest Manifest;
  std::string Why, ManifestPath = IndexManifest::pathIn(IndexDir);
  ShardStatus St = Manifest.load(ManifestPath, Why);
  if (St != ShardStatus::Ok) {
    Notes.push_back(ManifestPath + ": " + shardStatusName(St) +
                    (Why.empty() ? "" : " (" + Why + ")"));
    return St;
  }
  ShardStore Store(IndexDir, Manifest.Root);
  for (const auto &[Name, E] : Manifest.Entries) {
    Shard S;
    std::string Note;
    if (readListedShard(Store, IndexDir, Name, E, S, Note))
      Out.push_back(std::move(S));
    else
      Notes.push_back(std::move(Note));
  }
  if (Info) {
    Info->Root = Manifest.Root;
    Info->ProjectRoot = Manifest.ProjectRoot;
  }
  return ShardStatus::Ok;
}

ShardStatus loadShardFiles(const std::string &Path, const std::string &Root,
                           std::vector<Shard> &Out,
                           std::vector<std::string> &Notes) {
  std::vector<std::string> Files;
  if (llvm::sys::fs::is_directory(Path)) {
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator It(Path, EC), End;
         It != End && !EC; It.increment(EC))
      if (llvm::StringRef(It->path()).ends_with(".shard"))
        Files.push_back(It->path());
    std::sort(Files.begin(), Files.end());
  } else if (llvm::sys::fs::exists(Path)) {
    Files.push_back(Path);
  } else {
    Notes.push_back(Path + ": error: no such index directory, shard directory or shard file");
    return ShardStatus::Missing;
  }
  ShardStore Store("", Root);
  ShardStatus Worst = ShardStatus::Ok;
  for (const std::string &F : Files) {
    Shard S;
    std::string Why;
    ShardStatus St = Store.read(F, S, Why);
    if (St != ShardStatus::Ok) {
      Notes.push_back(F + ": error: cannot read shard (" + shardStatusName(St) +
                      (Why.empty() ? "" : ": " + Why) + ")");
      Worst = ShardStatus::Corrupt;
      continue;
    }
    Out.push_back(std::move(S));
  }
  return Worst;
}

} // namespace decouple
