//===- ShardKey.cpp -------------------------------------------------------===//
#include "index/ShardKey.h"
#include "index/BinaryFormat.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

namespace decouple {

std::string commandDigest(const std::string &Directory,
                          const std::vector<std::string> &Arguments,
                          const std::string &ProjectRoot) {
  auto Portable = [&](std::string S) {
    if (ProjectRoot.empty() || ProjectRoot == "/")
      return S;
    for (size_t At = S.find(ProjectRoot); At != std::string::npos;
         At = S.find(ProjectRoot, At + 6))
      S.replace(At, ProjectRoot.size(), "<root>");
    return S;
  };
  std::string Joined = Portable(Directory);
  for (const std::string &A : Arguments)
    Joined += '\0' + Portable(A);
  return llvm::utohexstr(llvm::xxh3_64bits(Joined));
}

std::optional<uint64_t> fileDigest(const std::string &Path) {
  thread_local FileBytes Buffer;
  std::string Why;
  if (!Buffer.read(Path, Why))
    return std::nullopt;
  std::string_view B = Buffer.view();
  return llvm::xxh3_64bits(llvm::StringRef(B.data(), B.size()));
}

std::string keyDigest(const ShardKey &Key,
                      const std::vector<IncludedFile> &Includes) {
  std::string All =
      Key.CommandDigest + ";" + Key.RulesDigest + ";" + Key.ToolVersion;
  for (const IncludedFile &F : Includes)
    All += ";" + F.Path + "=" + llvm::utohexstr(F.Digest);
  return llvm::utohexstr(llvm::xxh3_64bits(All));
}

std::string whyStale(const ShardKey &Stored, unsigned StoredErrors,
                     const std::vector<IncludedFile> &StoredIncludes,
                     const ShardKey &Current,
                     const std::function<std::optional<uint64_t>(const std::string &)> &Digest) {
  if (Stored.ToolVersion != Current.ToolVersion)
    return "tool version changed (" + Stored.ToolVersion + " -> " +
           Current.ToolVersion + ")";
  if (Stored.RulesDigest != Current.RulesDigest)
    return "rule set changed";
  if (Stored.CommandDigest != Current.CommandDigest)
    return "compile command changed";
  // A header that was missing may exist now: a partial parse is never
  // trusted to be current.
  if (StoredErrors)
    return "it had compile errors last time";
  for (const IncludedFile &F : StoredIncludes) {
    std::optional<uint64_t> D = Digest(F.Path);
    if (!D)
      return "file removed: " + F.Path;
    if (*D != F.Digest)
      return "file changed: " + F.Path;
  }
  return "";
}

} // namespace decouple
