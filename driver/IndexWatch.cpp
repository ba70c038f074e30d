//===- IndexWatch.cpp - decouple index --watch -----------------------------===//
#include "driver/IndexWatch.h"
#include "driver/RunGuard.h"
#include "index/IndexManifest.h"
#include "support/Paths.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <map>
#include <vector>

#ifdef __linux__
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace decouple {

void printIndexSummary(const Options &O, const IndexStats &IS,
                       const ProgramGraph &G) {
  if (O.Stats == "json") {
    llvm::outs() << indexStats(IS, G).dump() << "\n";
    llvm::outs().flush();
    return;
  }
  llvm::errs() << "decouple: indexed " << IS.Tus << " TU(s): "
               << IS.Reextracted << " re-extracted, " << IS.UpToDate
               << " up to date, " << IS.Failed << " failed"
               << (IS.Removed ? ", " + std::to_string(IS.Removed) +
                                    " orphan shard(s) removed"
                              : "")
               << "; " << G.stats().Functions << " functions, "
               << G.stats().Edges << " call edges, " << IS.UnresolvedIndirect
               << " unresolved indirect calls ("
               << llvm::format("%.2f", IS.Seconds) << " s)\n";
  const SharedHeaderStats &SH = IS.Shared;
  if (O.Verbose && (SH.Built || SH.Reused || SH.BuildFailed))
    llvm::errs() << "decouple: shared headers: " << SH.Built << " built, "
                 << SH.Reused << " reused, " << SH.BuildFailed
                 << " failed to build; " << SH.Tus << " TU(s) parsed on them, "
                 << SH.Fallbacks << " parsed again without\n";
}

std::set<std::string> filesToWatch(const Project &P, const Options &O) {
  std::set<std::string> Files;
  auto Add = [&](const std::string &F) {
    if (!F.empty())
      Files.insert(normalizePath(F));
  };
  IndexManifest Manifest;
  std::string Why;
  Manifest.load(IndexManifest::pathIn(P.Session.IndexDir), Why);
  for (const auto &[Name, E] : Manifest.Entries) {
    Add(E.MainFile);
    for (const IncludedFile &F : E.Includes)
      if (isUnderDirectory(F.Path, P.Session.ProjectRoot))
        Add(F.Path); // system headers are not watched
  }
  for (const CompileCommand &C : P.DB.Commands)
    Add(C.File); // also the TUs that failed, so a fix re-indexes them
  Add(P.DB.Path);
  Add(P.Session.Config.File);
  for (const std::string &R : O.RuleFiles)
    Add(R);
  for (const std::string &R : P.Session.Config.RuleFiles)
    Add(R);
  return Files;
}

#ifdef __linux__
namespace {

/// inotify on the directories of the watched files (an editor's atomic
/// save replaces the file, which a watch on the file itself would lose).
class DirectoryWatch {
public:
  ~DirectoryWatch() {
    if (Fd >= 0)
      ::close(Fd);
  }

  /// Adds the directories of \p Watched (kept across rounds, so a change
  /// made while a round indexes is seen after it). False with \p Error.
  bool watch(const std::set<std::string> &Watched, std::string &Error) {
    if (Fd < 0 && (Fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0) {
      Error = std::string("inotify: ") + std::strerror(errno);
      return false;
    }
    Files = Watched;
    for (const std::string &F : Files) {
      std::string Dir = llvm::sys::path::parent_path(F).str();
      if (WatchedDirs.count(Dir))
        continue;
      int Wd = ::inotify_add_watch(Fd, Dir.c_str(),
                                   IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM |
                                       IN_CREATE | IN_DELETE | IN_DELETE_SELF |
                                       IN_MOVE_SELF);
      if (Wd < 0) {
        if (errno == ENOENT)
          continue; // gone with its files; the next round says so
        Error = Dir + ": cannot watch: " + std::strerror(errno) +
                (errno == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "");
        return false;
      }
      Dirs[Wd] = Dir;
      WatchedDirs.insert(Dir);
    }
    return true;
  }

  size_t directories() const { return WatchedDirs.size(); }

  /// Sleeps until a watched file changes, then until 300 ms pass without
  /// another change (one save is several events). Returns the changed
  /// files; empty when SIGINT or SIGTERM arrived.
  std::vector<std::string> wait() {
    using Clock = std::chrono::steady_clock;
    std::set<std::string> Changed;
    sigset_t Block, Old;
    sigemptyset(&Block);
    sigaddset(&Block, SIGINT);
    sigaddset(&Block, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &Block, &Old); // checked, then ppoll unblocks
    auto First = Clock::now();
    while (!InterruptGuard::pending()) {
      struct pollfd P = {Fd, POLLIN, 0};
      struct timespec Quiet = {0, 300 * 1000 * 1000};
      int R = ::ppoll(&P, 1, Changed.empty() ? nullptr : &Quiet, &Old);
      if (R < 0 && errno == EINTR)
        continue;
      if (R <= 0) // quiet after a change (or a poll error: re-index anyway)
        break;
      bool Before = Changed.empty();
      drain(Changed);
      if (Before && !Changed.empty())
        First = Clock::now();
      if (!Changed.empty() && Clock::now() - First > std::chrono::seconds(3))
        break; // files keep changing: index what is there now
    }
    ::sigprocmask(SIG_SETMASK, &Old, nullptr);
    if (InterruptGuard::pending())
      return {};
    return {Changed.begin(), Changed.end()};
  }

private:
  int Fd = -1;
  std::map<int, std::string> Dirs;
  std::set<std::string> WatchedDirs, Files;

  void drain(std::set<std::string> &Changed) {
    alignas(struct inotify_event) char Buf[16384];
    for (;;) {
      ssize_t N = ::read(Fd, Buf, sizeof Buf);
      if (N <= 0)
        return;
      for (char *At = Buf; At < Buf + N;) {
        auto *E = reinterpret_cast<struct inotify_event *>(At);
        At += sizeof(struct inotify_event) + E->len;
        auto Dir = Dirs.find(E->wd);
        if (E->mask & IN_Q_OVERFLOW)
          Changed.insert("(too many changes to list)");
        if (Dir == Dirs.end())
          continue;
        if (E->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
          Changed.insert(Dir->second);
          continue;
        }
        std::string Path = Dir->second + "/" + (E->len ? E->name : "");
        if (Files.count(Path))
          Changed.insert(Path);
      }
    }
  }
};

std::string describeChanges(const std::vector<std::string> &Changed,
                            const std::string &Root) {
  std::string S = relativeToRoot(Changed.front(), Root);
  if (Changed.size() > 1)
    S += " and " + std::to_string(Changed.size() - 1) + " more";
  return S;
}

} // namespace

int watchIndex(const Options &O) {
  // Kept for the whole watch; each round's indexer nests its own (and
  // re-raises a signal that interrupts it, once its shards are saved).
  InterruptGuard Interrupt;
  DirectoryWatch Watch;
  std::set<std::string> Files;
  std::string Root;
  for (unsigned Round = 0;; ++Round) {
    Project P;
    if (openProject(O, P)) {
      std::vector<Shard> Shards;
      IndexStats IS = updateIndex(O, P, Shards);
      ProgramGraph G = link(std::move(Shards));
      printIndexSummary(O, IS, G);
      Files = filesToWatch(P, O);
      Root = P.Session.ProjectRoot;
    } else if (Round == 0) {
      return ExitUsage;
    } else {
      llvm::errs() << "decouple: not indexed: the project does not load (see "
                      "above); waiting for the next change\n";
    }
    std::string Error;
    if (!Watch.watch(Files, Error)) {
      llvm::errs() << "decouple: error: " << Error << "\n";
      return ExitUsage;
    }
    llvm::errs() << "decouple: watching " << Files.size() << " file(s) in "
                 << Watch.directories()
                 << " directory(ies) for changes; Ctrl-C stops\n";
    std::vector<std::string> Changed = Watch.wait();
    if (Changed.empty()) {
      llvm::errs() << "decouple: stopped watching ("
                   << (InterruptGuard::pending() == SIGTERM ? "SIGTERM" : "SIGINT")
                   << ")\n";
      return ExitClean;
    }
    llvm::errs() << "decouple: changed: " << describeChanges(Changed, Root)
                 << "; re-indexing\n";
  }
}

#else

int watchIndex(const Options &) {
  llvm::errs() << "decouple: error: --watch needs Linux (inotify); run "
                  "'decouple index' from an on-save hook instead\n";
  return ExitUsage;
}

#endif

} // namespace decouple
