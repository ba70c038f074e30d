//===- Indexer.cpp --------------------------------------------------------===//
#include "driver/Indexer.h"
#include "driver/ErrorCollector.h"
#include "driver/RunGuard.h"
#include "driver/SharedHeaders.h"
#include "driver/WorkerLauncher.h"
#include "driver/WorkerTask.h"
#include "index/Extractor.h"
#include "index/IndexManifest.h"
#include "index/ShardKey.h"
#include "index/SharedPreamble.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <chrono>
#include <dlfcn.h>
#include <csignal>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unordered_map>
#include <unistd.h>

namespace decouple {

std::string toolVersion() {
  if (const char *V = std::getenv("DECOUPLE_TOOL_VERSION"))
    return V;
  // The release number plus a digest of the binary that holds this code: a
  // rebuilt extractor must not trust shards an older build wrote.
  static const std::string Version = [] {
    std::string V = DECOUPLE_VERSION;
    Dl_info Info;
    if (dladdr(reinterpret_cast<void *>(&toolVersion), &Info) && Info.dli_fname)
      if (auto B = llvm::MemoryBuffer::getFile(Info.dli_fname, false, false))
        V += "+" + llvm::utohexstr(llvm::xxh3_64bits((*B)->getBuffer()), true)
                       .substr(0, 8);
    return V;
  }();
  return Version;
}

namespace {

using Clock = std::chrono::steady_clock;
/// A worker's exit status: the shard is written, but the TU could not use
/// its shared header and was parsed without it.
constexpr int ExitFellBack = 3;

} // namespace

bool extractOne(const CompileCommand &C, const RuleSet &Rules,
                const ShardStore &Store, const std::string &ProjectRoot,
                std::string &Error, const std::string &OutputPath,
                const SharedPreambleUse *Preamble, std::string *FellBack) {
  // Test-only hooks: prove that one TU's crash or hang is isolated.
  auto Hook = [&](const char *Name) {
    const char *V = std::getenv(Name);
    return V && *V && C.File.find(V) != std::string::npos;
  };
  if (Hook("DECOUPLE_TEST_CRASH_ON"))
    std::abort();
  while (Hook("DECOUPLE_TEST_HANG_ON"))
    ::pause();
  if (::chdir(C.Directory.c_str()) != 0) {
    Error = "cannot enter directory " + C.Directory;
    return false;
  }
  ExtractOptions Opts;
  Opts.ProjectRoot = ProjectRoot;
  std::vector<IncludeStep> Steps;
  auto Parse = [&](const SharedPreambleUse *Use, std::string *Rejected) {
    bool Produced = false;
    ErrorCollector Diags;
    auto Action = std::make_unique<ExtractAction>(
        Rules, Opts, [&](TuSummary Summary) {
          Summary.Errors.insert(Summary.Errors.end(), Diags.Errors.begin(),
                                Diags.Errors.end());
          Shard S{{C.Digest, Rules.digest(), toolVersion()}, std::move(Summary)};
          Produced = Store.write(OutputPath.empty()
                                     ? Store.pathFor(C.File, C.Directory)
                                     : OutputPath,
                                 S, Error);
        });
    if (Use)
      Action->useSharedPreamble(*Use, Steps, *Rejected);
    llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
        new clang::FileManager(clang::FileSystemOptions()));
    clang::tooling::ToolInvocation Invocation(C.Arguments, std::move(Action),
                                              Files.get());
    Invocation.setDiagnosticConsumer(&Diags);
    Invocation.run();
    if (!Produced && Error.empty() && !(Rejected && !Rejected->empty()))
      Error = Diags.Errors.empty() ? "the compiler produced no AST"
                                   : Diags.Errors.front();
    return Produced;
  };
  if (Preamble) {
    std::string Rejected;
    Steps = walkLeadingIncludes(
        C.File, includeSearchOf(C.Arguments, C.Directory), Opts);
    std::vector<std::string> Lines = sharedIncludeLines(Steps);
    if (Lines.size() < Preamble->Lines.size() ||
        !std::equal(Preamble->Lines.begin(), Preamble->Lines.end(),
                    Lines.begin()))
      Rejected = "its leading includes changed";
    else if (Parse(Preamble, &Rejected))
      return true;
    if (FellBack)
      *FellBack = Rejected.empty() ? Error : Rejected;
    Error.clear();
  }
  return Parse(nullptr, nullptr);
}

std::vector<const CompileCommand *> Indexer::slice() const {
  std::vector<const CompileCommand *> All;
  for (const CompileCommand &C : DB.Commands)
    All.push_back(&C);
  std::sort(All.begin(), All.end(), [](auto *A, auto *B) {
    return std::tie(A->File, A->Directory) < std::tie(B->File, B->Directory);
  });
  std::vector<const CompileCommand *> Mine;
  for (size_t I = 0; I < All.size(); ++I)
    if (I % Options.ShardCount == Options.ShardIndex)
      Mine.push_back(All[I]);
  return Mine;
}

std::vector<const CompileCommand *>
Indexer::extract(const std::vector<const CompileCommand *> &TUs,
                 IndexStats &Stats, WorkerLauncher &Launcher,
                 const SharedHeaders *Shared) {
  struct Running {
    const CompileCommand *C;
    Clock::time_point Started;
    std::string Log;
  };
  std::map<pid_t, Running> Live;
  std::set<pid_t> Reaped; // after an interrupt
  std::vector<const CompileCommand *> Failed;
  llvm::sys::fs::create_directories(Options.IndexDir);
  Progress Bar(Options.ProgressStyle, TUs.size(), "indexing");
  size_t Next = 0, Done = 0;
  while (Next < TUs.size() || !Live.empty()) {
    if (InterruptGuard::pending()) {
      // Stop: end the workers; what they had not finished stays unindexed.
      for (auto &[P, R] : Live)
        ::kill(P, SIGKILL);
      for (WorkerLauncher::Ended E; Launcher.running() && Live.size() > Reaped.size() &&
                                    Launcher.poll(E, /*Wait=*/true);)
        Reaped.insert(E.Pid);
      for (auto &[P, R] : Live) {
        llvm::sys::fs::remove(R.Log);
        llvm::sys::fs::remove(Store.pathFor(R.C->File, R.C->Directory) +
                              ".tmp" + std::to_string(P));
        Failed.push_back(R.C);
      }
      Live.clear();
      Failed.insert(Failed.end(), TUs.begin() + Next, TUs.end());
      break;
    }
    while (Next < TUs.size() && Live.size() < Options.Jobs) {
      const CompileCommand *C = TUs[Next++];
      std::fflush(nullptr);
      llvm::SmallString<256> Log(Options.IndexDir);
      llvm::sys::path::append(Log, "worker-" + std::to_string(Next) + ".log");
      pid_t Pid = Launcher.start(
          workerTask(*C, Shared ? Shared->useFor(C) : nullptr),
          std::string(Log));
      if (Pid < 0) {
        llvm::errs() << C->File << ": error: cannot start a worker: "
                     << strerror(errno) << "\n";
        Failed.push_back(C);
        continue;
      }
      Live[Pid] = {C, Clock::now(), std::string(Log)};
    }
    if (!Launcher.running() && !Live.empty()) {
      // The launcher died: its workers will never be reported.
      for (auto &[P, R] : Live) {
        ::kill(P, SIGKILL);
        llvm::errs() << R.C->File << ": error: the worker launcher died; "
                     << "skipping this TU, the run goes on\n";
        llvm::sys::fs::remove(R.Log);
        Failed.push_back(R.C);
      }
      Live.clear();
      continue;
    }
    WorkerLauncher::Ended Report{};
    pid_t Pid = Launcher.poll(Report) ? Report.Pid : 0;
    int Status = Report.Status;
    if (Pid <= 0) {
      for (auto &[P, R] : Live)
        if (Clock::now() - R.Started > std::chrono::seconds(Options.TimeoutSeconds))
          ::kill(P, SIGKILL);
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    auto It = Live.find(Pid);
    if (It == Live.end())
      continue;
    const CompileCommand *C = It->second.C;
    std::string Log = It->second.Log;
    bool TimedOut = Clock::now() - It->second.Started >=
                    std::chrono::seconds(Options.TimeoutSeconds);
    Live.erase(It);
    Stats.MaxWorkerRssKb = std::max(Stats.MaxWorkerRssKb, Report.MaxRssKb);
    ++Done;
    if (!WIFSIGNALED(Status) && WEXITSTATUS(Status) == ExitFellBack) {
      ++Stats.Shared.Fallbacks;
      if (Options.Verbose)
        if (auto B = llvm::MemoryBuffer::getFile(Log))
          llvm::errs() << "\ndecouple: " << (*B)->getBuffer().trim() << "\n";
      Status = 0;
    }
    bool WorkerFailed = WIFSIGNALED(Status) || WEXITSTATUS(Status) != 0;
    if (WorkerFailed) {
      llvm::StringRef Text;
      auto B = llvm::MemoryBuffer::getFile(Log);
      if (B)
        Text = (*B)->getBuffer().trim();
      // The end of the log says most: the error, or the crash's stack.
      if (Text.size() > 2000)
        Text = Text.take_back(2000);
      if (!Text.empty())
        llvm::errs() << "\n" << Text << "\n";
      else if (!WIFSIGNALED(Status)) // e.g. a full disk took the log too
        llvm::errs() << "\n" << C->File << ": error: the worker failed and "
                     << "left no message (is the disk full?)\n";
    }
    llvm::sys::fs::remove(Log);
    if (WIFSIGNALED(Status)) {
      llvm::errs() << "\n" << C->File << ": error: "
                   << (TimedOut ? "timed out after " +
                                      std::to_string(Options.TimeoutSeconds) + " s"
                                : "the worker crashed (signal " +
                                      std::to_string(WTERMSIG(Status)) + ")")
                   << "; skipping this TU, the run goes on\n";
      Failed.push_back(C);
    } else if (WEXITSTATUS(Status) != 0) {
      Failed.push_back(C);
    }
    Bar.advance(Done);
  }
  Bar.finish();
  return Failed;
}

IndexStats Indexer::run(std::vector<Shard> &Shards) {
  IndexLock Lock(Options.IndexDir);
  InterruptGuard Interrupt;
  IndexStats Stats = update(Shards);
  if (InterruptGuard::pending()) {
    llvm::errs() << "\ndecouple: interrupted; kept " << Shards.size()
                 << " finished shard(s), " << Stats.Failed
                 << " TU(s) left for the next run\n";
    Interrupt.reraise();
  }
  return Stats;
}

IndexStats Indexer::update(std::vector<Shard> &Shards) {
  auto Start = Clock::now();
  IndexStats Stats;
  // Workers fork from a launcher forked now, before the manifest, the
  // digests and the shards are loaded: their RSS does not grow with the
  // program (docs/performance.md).
  WorkerLauncher Launcher(
      [this](const std::string &Task) {
    std::optional<SharedPreambleUse> Use;
    CompileCommand C = taskFromBytes(Task, Use);
    std::string Error, FellBack;
    bool Ok = extractOne(C, Rules, Store, Options.ProjectRoot, Error, "",
                         Use ? &*Use : nullptr, &FellBack);
    if (!Ok)
      std::fprintf(stderr, "%s: error: %s\n", C.File.c_str(), Error.c_str());
    else if (!FellBack.empty())
      std::fprintf(stderr, "%s: note: parsed without the shared header: %s\n",
                   C.File.c_str(), FellBack.c_str());
    return !Ok ? 1 : FellBack.empty() ? 0 : ExitFellBack;
      },
      [this] {
        // The launcher gets each command from start(): it drops its copy of
        // the database (the Project's, not const: driver/Project.h).
        std::vector<CompileCommand>().swap(
            const_cast<CompileDatabase &>(DB).Commands);
      });
  std::string ManifestPath = IndexManifest::pathIn(Options.IndexDir), Why;
  IndexManifest Manifest;
  ShardStatus ManifestRead = Manifest.load(ManifestPath, Why);
  if (ManifestRead == ShardStatus::Corrupt || !Why.empty())
    llvm::errs() << ManifestPath << ": warning: " << Why
                 << "; checking every shard instead\n";
  // A run that changes no entry leaves the file as it is (at 100,000 TUs
  // writing it again is a twentieth of an up-to-date check).
  bool ManifestChanged = ManifestRead != ShardStatus::Ok;

  std::vector<const CompileCommand *> TUs = slice();
  Stats.Tus = TUs.size();
  ShardKey Current{"", Rules.digest(), toolVersion()};
  llvm::StringMap<std::optional<uint64_t>> Digests; // path -> content
  auto CurrentDigest = [&](const std::string &Path) {
    auto [It, Inserted] = Digests.try_emplace(Path);
    if (Inserted)
      It->second = fileDigest(Path);
    return It->second;
  };
  // Each TU's shard path is asked for several times below: made once.
  std::vector<std::string> PathOf(DB.Commands.size());
  auto ShardPath = [&](const CompileCommand &C) -> const std::string & {
    std::string &P = PathOf[&C - DB.Commands.data()];
    if (P.empty())
      P = Store.pathFor(C.File, C.Directory);
    return P;
  };
  auto ShardName = [&](const CompileCommand &C) {
    return IndexManifest::entryName(ShardPath(C));
  };
  auto WhyStale = [&](const CompileCommand &C) -> std::string {
    auto It = Manifest.Entries.find(ShardName(C));
    if (It == Manifest.Entries.end())
      return "not indexed yet";
    const ManifestEntry &E = It->second;
    Current.CommandDigest = C.Digest;
    return whyStale(E.Key, E.Errors, E.Includes, Current, CurrentDigest);
  };

  std::vector<const CompileCommand *> Stale;
  for (const CompileCommand *C : TUs) {
    std::string Reason = WhyStale(*C);
    if (Reason.empty())
      continue;
    Stale.push_back(C);
    if (Options.Explain)
      llvm::errs() << "decouple: re-indexing " << C->File << ": " << Reason
                   << "\n";
  }
  SharedHeaders Shared({Options.IndexDir, Options.ProjectRoot, Options.Jobs,
                        Options.TimeoutSeconds, Options.Verbose},
                       CurrentDigest);
  if (Options.SharedHeaders && !Stale.empty()) {
    std::vector<const CompileCommand *> All;
    for (const CompileCommand &C : DB.Commands)
      All.push_back(&C);
    Shared.prepare(All, Stale);
    Stats.Shared = Shared.Stats;
  }
  std::set<const CompileCommand *> Failed;
  for (const CompileCommand *C : extract(Stale, Stats, Launcher, &Shared))
    Failed.insert(C);
  size_t Extracted = Stale.size();

  // Load every shard; one that does not verify is extracted again, once.
  auto Load = [&](const CompileCommand *C, Shard &S, std::string &Why) {
    const std::string &Path = ShardPath(*C);
    return Options.LinkInto
               ? Store.readInto(Path, C->Digest, S, *Options.LinkInto, Why)
               : Store.read(Path, S, Why);
  };
  std::vector<const CompileCommand *> Retry;
  for (const CompileCommand *C : TUs) {
    if (Failed.count(C))
      continue;
    Shard S;
    std::string Why;
    ShardStatus St = Load(C, S, Why);
    if (St == ShardStatus::Ok && S.Key.CommandDigest == C->Digest) {
      Shards.push_back(std::move(S));
      continue;
    }
    if (St == ShardStatus::Ok)
      Why = "its key does not match the manifest";
    llvm::errs() << "decouple: re-indexing " << C->File << ": shard "
                 << shardStatusName(St == ShardStatus::Ok ? ShardStatus::Corrupt : St)
                 << " (" << Why << ")\n";
    Retry.push_back(C);
  }
  for (const CompileCommand *C : extract(Retry, Stats, Launcher))
    Failed.insert(C);
  Extracted += Retry.size();
  for (const CompileCommand *C : Retry) {
    Shard S;
    std::string Why;
    if (Failed.count(C))
      continue;
    if (Load(C, S, Why) == ShardStatus::Ok)
      Shards.push_back(std::move(S));
    else
      Failed.insert(C);
  }

  // The manifest describes exactly the shards that loaded, and only TUs
  // that the compile database still lists (another slice's stay listed).
  llvm::StringSet<> Listed;
  for (const CompileCommand &C : DB.Commands)
    Listed.insert(ShardName(C));
  ManifestChanged |= Manifest.keepOnly(Listed);
  std::unordered_map<std::string, const CompileCommand *> ByFile;
  for (const CompileCommand *C : TUs)
    ByFile.try_emplace(C->File, C);
  llvm::StringSet<> Loaded;
  for (const Shard &S : Shards)
    if (auto It = ByFile.find(S.Summary.MainFile); It != ByFile.end()) {
      const std::string &Name = ShardName(*It->second);
      ManifestChanged |= Manifest.set(Name, ManifestEntry::fromShard(S));
      if (Options.ShardCount == 1)
        Loaded.insert(Name);
    }
  // Unsliced, the manifest lists exactly the shards that loaded.
  if (Options.ShardCount == 1)
    ManifestChanged |= Manifest.keepOnly(Loaded);
  for (const CompileCommand *C : Failed)
    ManifestChanged |= Manifest.Entries.erase(ShardName(*C)) > 0;
  std::string Error;
  ManifestChanged |= Manifest.Root != Options.IndexRoot ||
                     Manifest.ProjectRoot != Options.ProjectRoot;
  Manifest.Root = Options.IndexRoot;
  Manifest.ProjectRoot = Options.ProjectRoot;
  if (ManifestChanged && !Manifest.save(ManifestPath, Error))
    llvm::errs() << "decouple: warning: cannot save the manifest: " << Error
                 << "\n";
  // Orphans (TUs renamed or gone, paths that changed) are deleted, so no
  // reader can mistake them for part of the program.
  llvm::StringSet<> Keep;
  for (const auto &E : Manifest.Entries)
    Keep.insert(E.first);
  for (const CompileCommand *C : Failed)
    Keep.insert(ShardName(*C)); // a failed TU's last good shard stays for --dump
  Stats.Removed = Store.removeAllBut(Keep);

  for (const Shard &S : Shards) {
    Stats.Functions += S.functionCount();
    Stats.Edges += S.callCount();
    Stats.UnresolvedIndirect += S.Summary.UnresolvedIndirect;
    if (S.Summary.ErrorCount) {
      ++Stats.TusWithErrors;
      llvm::errs() << S.Summary.MainFile << ": warning: "
                   << S.Summary.ErrorCount
                   << " compile error(s); analysed what parsed";
      if (!S.Summary.Errors.empty())
        llvm::errs() << " (first: " << S.Summary.Errors.front() << ")";
      llvm::errs() << "\n";
    }
  }
  Stats.Failed = Failed.size();
  Stats.Reextracted = Extracted;
  Stats.UpToDate = Stats.Tus - std::min(Stats.Tus, Extracted);
  Stats.Seconds = std::chrono::duration<double>(Clock::now() - Start).count();
  return Stats;
}

} // namespace decouple
