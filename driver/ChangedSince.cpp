//===- ChangedSince.cpp - check --since <git-rev> -------------------------===//
#include "driver/ChangedSince.h"
#include "support/Paths.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <optional>

namespace decouple {

namespace {

/// Runs git with \p Args in \p Dir; its stdout in \p Out. False with git's
/// stderr in \p Error.
bool runGit(const std::string &Dir, std::vector<std::string> Args,
            std::string &Out, std::string &Error) {
  auto Git = llvm::sys::findProgramByName("git");
  if (!Git) {
    Error = "git is not on PATH";
    return false;
  }
  // A repository's own config must not make us run its programs: no
  // fsmonitor hook, and (for diff) no external diff driver or textconv filter.
  Args.insert(Args.begin(), {*Git, "-C", Dir, "-c", "core.fsmonitor=false"});
  std::vector<llvm::StringRef> Argv(Args.begin(), Args.end());
  llvm::SmallString<128> OutFile, ErrFile;
  if (llvm::sys::fs::createTemporaryFile("decouple-git", "out", OutFile) ||
      llvm::sys::fs::createTemporaryFile("decouple-git", "err", ErrFile)) {
    Error = "cannot create a temporary file";
    return false;
  }
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), llvm::StringRef(OutFile),
                                                llvm::StringRef(ErrFile)};
  std::string Message;
  int Rc = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0, 0, &Message);
  auto Read = [](llvm::StringRef File) {
    auto Buf = llvm::MemoryBuffer::getFile(File);
    return Buf ? (*Buf)->getBuffer().str() : std::string();
  };
  Out = Read(OutFile);
  Error = Rc == 0 ? "" : Message.empty() ? llvm::StringRef(Read(ErrFile)).trim().str() : Message;
  llvm::sys::fs::remove(OutFile);
  llvm::sys::fs::remove(ErrFile);
  return Rc == 0;
}

/// NUL-separated paths relative to \p Dir, made absolute.
void addPaths(llvm::StringRef Out, const std::string &Dir,
              std::set<std::string> &Changed) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Out.split(Parts, '\0', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts)
    Changed.insert(normalizePath(P, Dir));
}

} // namespace

bool changedFilesSince(const std::string &Rev, const std::string &Dir,
                       std::set<std::string> &Changed, std::string &Error) {
  std::string Out, Why;
  if (!runGit(Dir, {"rev-parse", "--verify", "--quiet", "--end-of-options", Rev + "^{commit}"},
              Out, Why)) {
    Error = "--since " + Rev + ": not a commit of the git work tree at " + Dir +
            (Why.empty() ? "" : " (" + Why + ")");
    return false;
  }
  // --relative and ls-files give paths relative to Dir, the project root as
  // the index spells it (git's own top level may be its real path).
  if (!runGit(Dir, {"diff", "--no-ext-diff", "--no-textconv", "--name-only", "--relative", "-z", Rev, "--"}, Out, Why)) {
    Error = "--since " + Rev + ": git diff failed: " + Why;
    return false;
  }
  addPaths(Out, Dir, Changed);
  if (!runGit(Dir, {"ls-files", "-z", "--others", "--exclude-standard"}, Out, Why)) {
    Error = "--since " + Rev + ": git ls-files failed: " + Why;
    return false;
  }
  addPaths(Out, Dir, Changed);
  return true;
}

std::set<std::string> affectedTus(const std::vector<Shard> &Shards,
                                  const std::set<std::string> &Changed) {
  std::set<std::string> Tus;
  for (const Shard &S : Shards)
    if (Changed.count(S.Summary.MainFile) ||
        llvm::any_of(S.Summary.Includes,
                     [&](const IncludedFile &F) { return Changed.count(F.Path) > 0; }))
      Tus.insert(S.Summary.MainFile);
  return Tus;
}

} // namespace decouple
