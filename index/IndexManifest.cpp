//===- IndexManifest.cpp --------------------------------------------------===//
#include "index/IndexManifest.h"
#include "index/BinaryFormat.h"

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
  E.Functions = S.Summary.Functions.size();
  E.Edges = S.Summary.Calls.size();
  E.Sites = S.Summary.Sites.size();
  E.UnresolvedIndirect = S.Summary.UnresolvedIndirect;
  E.Errors = S.Summary.ErrorCount;
  return E;
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
  for (uint64_t I = 0, N = R.count(); I < N && R.ok(); ++I) {
    std::string Shard = R.s();
    ManifestEntry E;
    E.MainFile = R.s();
    E.Key.CommandDigest = R.s();
    E.Key.RulesDigest = R.s();
    E.Key.ToolVersion = R.s();
    for (uint64_t J = 0, M = R.count(); J < M && R.ok(); ++J) {
      IncludedFile F;
      F.Path = R.s();
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

bool IndexManifest::save(const std::string &Path, std::string &Error) const {
  BinaryWriter W;
  W.u(Entries.size());
  for (const auto &[Shard, E] : Entries) {
    W.s(Shard);
    W.s(E.MainFile);
    W.s(E.Key.CommandDigest);
    W.s(E.Key.RulesDigest);
    W.s(E.Key.ToolVersion);
    W.u(E.Includes.size());
    for (const IncludedFile &F : E.Includes) {
      W.s(F.Path);
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

} // namespace decouple
