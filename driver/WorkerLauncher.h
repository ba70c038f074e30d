//===- WorkerLauncher.h - Forks workers from a small early process -*- C++ -*-===//
//
// A worker forked from the indexer would inherit everything the indexer
// holds by then: the manifest of every TU, the include digests, the loaded
// shards. Its peak RSS would grow with the program (docs/performance.md).
// The launcher is forked once, before any of that is loaded; it forks each
// worker on request and reports how the worker ended, so a worker starts
// from the launcher's size whatever the program's.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_WORKERLAUNCHER_H
#define DECOUPLE_DRIVER_WORKERLAUNCHER_H

#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <sys/types.h>

namespace decouple {

class WorkerLauncher {
public:
  /// Runs in a worker on the bytes start() was given, stderr already sent
  /// to its log; the worker exits with what it returns (0 = success).
  using Work = std::function<int(const std::string &Task)>;

  /// Forks the launcher now. \p W must only use what exists at this point.
  /// \p Shed runs in the launcher first: it frees what the workers do not
  /// need (whatever it frees is handed back to the system).
  explicit WorkerLauncher(Work W, std::function<void()> Shed = {});
  /// Ends the launcher (it waits for the workers still running).
  ~WorkerLauncher();
  WorkerLauncher(const WorkerLauncher &) = delete;
  WorkerLauncher &operator=(const WorkerLauncher &) = delete;

  /// False when the launcher could not start or has died: the workers it
  /// ran will not be reported.
  bool running() const { return Launcher > 0 && !Gone; }
  /// Starts \p Task in a new worker whose stderr goes to \p LogPath; its
  /// pid, or -1 with errno set.
  pid_t start(const std::string &Task, const std::string &LogPath);

  struct Ended {
    pid_t Pid;
    int Status;      // as waitpid gives it
    long MaxRssKb;   // the worker's peak RSS
  };
  /// A worker that ended, if one has; never blocks when \p Wait is false.
  bool poll(Ended &E, bool Wait = false);

private:
  pid_t Launcher = -1;
  int Requests = -1, Reports = -1;
  bool Gone = false;
  std::deque<Ended> Queued; // read while start() waited for its pid
};

} // namespace decouple

#endif
