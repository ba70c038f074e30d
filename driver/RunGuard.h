//===- RunGuard.h - One indexer per index, and a clean stop -----*- C++ -*-===//
//
// IndexLock: `decouple index` and `check` hold <index>/lock (flock) while
// they update the index, so two runs on one index take turns; the second
// says it waits. The kernel drops the lock when the holder dies, so a
// killed run leaves no stale lock.
//
// Interruption: SIGINT and SIGTERM only set a flag while the indexer runs.
// The indexer then kills its workers, keeps every shard that was written
// (each one atomically), saves a manifest listing just those, and re-raises
// the signal; the next run extracts only the TUs that were not finished.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_RUNGUARD_H
#define DECOUPLE_DRIVER_RUNGUARD_H

#include <string>

namespace decouple {

class IndexLock {
public:
  /// Blocks until <IndexDir>/lock is ours; says so on stderr when it waits.
  explicit IndexLock(const std::string &IndexDir);
  ~IndexLock();
  IndexLock(const IndexLock &) = delete;
  IndexLock &operator=(const IndexLock &) = delete;

private:
  int Fd = -1;
};

class InterruptGuard {
public:
  InterruptGuard();  // catches SIGINT and SIGTERM
  ~InterruptGuard(); // restores the previous handlers
  InterruptGuard(const InterruptGuard &) = delete;
  InterruptGuard &operator=(const InterruptGuard &) = delete;

  /// The signal that arrived, or 0.
  static int pending();
  /// Re-raises the pending signal with its default action (ends the run).
  void reraise();
};

} // namespace decouple

#endif
