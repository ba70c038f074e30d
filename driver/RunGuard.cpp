//===- RunGuard.cpp -------------------------------------------------------===//
#include "driver/RunGuard.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace decouple {

IndexLock::IndexLock(const std::string &IndexDir) {
  llvm::sys::fs::create_directories(IndexDir);
  llvm::SmallString<256> Path(IndexDir);
  llvm::sys::path::append(Path, "lock");
  Fd = ::open(Path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (Fd < 0)
    return; // a read-only index: nothing is written, nothing to guard
  if (::flock(Fd, LOCK_EX | LOCK_NB) == 0)
    return;
  llvm::errs() << "decouple: note: another decouple run is updating " << IndexDir
               << "; waiting for it to finish\n";
  while (::flock(Fd, LOCK_EX) != 0 && errno == EINTR)
    ;
}

IndexLock::~IndexLock() {
  if (Fd >= 0)
    ::close(Fd); // drops the lock
}

namespace {
volatile std::sig_atomic_t Pending = 0;
struct sigaction OldInt, OldTerm;

extern "C" void onInterrupt(int Sig) { Pending = Sig; }
} // namespace

InterruptGuard::InterruptGuard() {
  struct sigaction Act = {};
  Act.sa_handler = onInterrupt;
  sigemptyset(&Act.sa_mask);
  ::sigaction(SIGINT, &Act, &OldInt);
  ::sigaction(SIGTERM, &Act, &OldTerm);
}

InterruptGuard::~InterruptGuard() {
  ::sigaction(SIGINT, &OldInt, nullptr);
  ::sigaction(SIGTERM, &OldTerm, nullptr);
}

int InterruptGuard::pending() { return Pending; }

void InterruptGuard::reraise() {
  int Sig = Pending;
  if (!Sig)
    return;
  ::signal(Sig, SIG_DFL);
  ::raise(Sig);
}

} // namespace decouple
