//===- WorkerLauncher.cpp -------------------------------------------------===//
//
// Two pipes. Requests (indexer -> launcher): u32 length, the task's bytes,
// u32 length, the log path. Reports (launcher -> indexer): a Message, Started after each request
// (the worker's pid, or -1 and errno) and Ended when a worker is reaped.
// Every Message is far below PIPE_BUF, so it arrives whole.
//
//===----------------------------------------------------------------------===//
#include "driver/WorkerLauncher.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <type_traits>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace decouple {

namespace {

struct Message {
  int32_t Type; // 0 started, 1 ended
  int32_t Pid;
  int32_t Status; // ended: the wait status; started: errno when Pid < 0
  int64_t MaxRssKb;
};

/// Calls \p Io (read or write) until all \p N bytes moved; false at EOF or
/// on an error.
template <typename Buffer, typename IoFn>
bool moveFully(int Fd, Buffer *Buf, size_t N, IoFn Io) {
  auto *P = reinterpret_cast<std::conditional_t<std::is_const_v<Buffer>,
                                                const char, char> *>(Buf);
  while (N) {
    ssize_t R = Io(Fd, P, N);
    if (R < 0 && errno == EINTR)
      continue;
    if (R <= 0)
      return false;
    P += R;
    N -= static_cast<size_t>(R);
  }
  return true;
}
bool readFully(int Fd, void *Buf, size_t N) { return moveFully(Fd, Buf, N, ::read); }
bool writeFully(int Fd, const void *Buf, size_t N) {
  return moveFully(Fd, Buf, N, ::write);
}

bool readString(int Fd, std::string &S) {
  uint32_t Len = 0;
  if (!readFully(Fd, &Len, sizeof Len))
    return false;
  S.resize(Len);
  return readFully(Fd, S.data(), Len);
}

bool writeString(int Fd, const std::string &S) {
  uint32_t Len = static_cast<uint32_t>(S.size());
  return writeFully(Fd, &Len, sizeof Len) && writeFully(Fd, S.data(), Len);
}

[[noreturn]] void serve(int Requests, int Reports, const WorkerLauncher::Work &W) {
  ::signal(SIGINT, SIG_IGN); // the indexer decides; it kills the workers
  ::signal(SIGTERM, SIG_IGN);
  ::signal(SIGPIPE, SIG_IGN);
  size_t Live = 0;
  bool Open = true;
  auto Reap = [&](bool Block) {
    int Status = 0;
    struct rusage Usage;
    pid_t Pid;
    while (Live && (Pid = ::wait4(-1, &Status, Block ? 0 : WNOHANG, &Usage)) > 0) {
      --Live;
      Message M{1, Pid, Status, Usage.ru_maxrss};
      writeFully(Reports, &M, sizeof M);
    }
  };
  while (Open || Live) {
    Reap(!Open);
    if (!Open)
      continue;
    struct pollfd P{Requests, POLLIN, 0};
    if (::poll(&P, 1, Live ? 5 : -1) <= 0)
      continue;
    std::string Task, Log;
    if (!readString(Requests, Task) || !readString(Requests, Log)) {
      Open = false; // the indexer is done (or gone)
      continue;
    }
    std::fflush(nullptr);
    pid_t Pid = ::fork();
    if (Pid == 0) {
      ::signal(SIGINT, SIG_DFL);
      ::signal(SIGTERM, SIG_DFL);
      ::signal(SIGPIPE, SIG_DFL);
      ::close(Requests);
      ::close(Reports);
      // The compiler talks to stderr on its own ("N errors generated.",
      // crash backtraces): keep that in a log the indexer shows on failure.
      int Fd = ::open(Log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (Fd >= 0)
        ::dup2(Fd, 2);
      int Exit = W(Task);
      std::fflush(nullptr);
      ::_exit(Exit);
    }
    Message M{0, Pid, Pid < 0 ? errno : 0, 0};
    if (Pid > 0)
      ++Live;
    writeFully(Reports, &M, sizeof M);
  }
  ::_exit(0);
}

} // namespace

WorkerLauncher::WorkerLauncher(Work W, std::function<void()> Shed) {
  int Req[2], Rep[2];
  if (::pipe2(Req, O_CLOEXEC) != 0)
    return;
  if (::pipe2(Rep, O_CLOEXEC) != 0) {
    ::close(Req[0]);
    ::close(Req[1]);
    return;
  }
  std::fflush(nullptr);
  pid_t Pid = ::fork();
  if (Pid == 0) {
    ::close(Req[1]);
    ::close(Rep[0]);
    if (Shed)
      Shed();
    // Freed memory stays resident in the heap, and so in every worker's
    // RSS, unless handed back.
    ::malloc_trim(0);
    serve(Req[0], Rep[1], W);
  }
  ::close(Req[0]);
  ::close(Rep[1]);
  if (Pid < 0) {
    ::close(Req[1]);
    ::close(Rep[0]);
    return;
  }
  Launcher = Pid;
  Requests = Req[1];
  Reports = Rep[0];
}

WorkerLauncher::~WorkerLauncher() {
  if (Launcher <= 0)
    return;
  ::close(Requests);
  ::close(Reports);
  while (::waitpid(Launcher, nullptr, 0) < 0 && errno == EINTR) {
  }
}

pid_t WorkerLauncher::start(const std::string &Task, const std::string &LogPath) {
  if (!running()) {
    errno = ECHILD;
    return -1;
  }
  auto Sigpipe = ::signal(SIGPIPE, SIG_IGN);
  bool Sent = writeString(Requests, Task) && writeString(Requests, LogPath);
  ::signal(SIGPIPE, Sigpipe);
  Message M;
  while (Sent && readFully(Reports, &M, sizeof M)) {
    if (M.Type == 1) {
      Queued.push_back({M.Pid, M.Status, static_cast<long>(M.MaxRssKb)});
      continue;
    }
    if (M.Pid < 0)
      errno = M.Status;
    return M.Pid;
  }
  Gone = true; // the launcher died
  errno = EPIPE;
  return -1;
}

bool WorkerLauncher::poll(Ended &E, bool Wait) {
  if (!running())
    return false;
  if (!Queued.empty()) {
    E = Queued.front();
    Queued.pop_front();
    return true;
  }
  Message M;
  struct pollfd P{Reports, POLLIN, 0};
  if (::poll(&P, 1, Wait ? -1 : 0) <= 0)
    return false;
  if (!readFully(Reports, &M, sizeof M)) {
    Gone = true;
    return false;
  }
  E = {M.Pid, M.Status, static_cast<long>(M.MaxRssKb)};
  return true;
}

} // namespace decouple
