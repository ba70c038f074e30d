//===- SharedHeaders.cpp --------------------------------------------------===//
#include "driver/SharedHeaders.h"
#include "driver/ErrorCollector.h"
#include "driver/Indexer.h"
#include "driver/RunGuard.h"
#include "index/BinaryFormat.h"
#include "index/ShardKey.h"
#include "support/Paths.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace decouple {

std::vector<std::string> sharedHeaderFlags(const CompileCommand &C) {
  std::vector<std::string> Flags;
  for (const std::string &A : C.Arguments) {
    llvm::StringRef S(A);
    if (S.starts_with("-include") || S.starts_with("-imacros") ||
        S.starts_with("--include") || S.starts_with("--imacros"))
      return {};
    if (!S.starts_with("-") && normalizePath(S, C.Directory) == C.File)
      continue;
    Flags.push_back(A);
  }
  return Flags;
}

namespace {

std::string languageOf(const CompileCommand &C) {
  return llvm::StringRef(C.File).ends_with(".c") ? "c-header" : "c++-header";
}

struct Candidate {
  std::string Directory;
  std::vector<std::string> Flags, Lines; // Lines: the prefix
  std::string Language;
};

} // namespace

std::string SharedHeaders::directory() const {
  llvm::SmallString<256> Dir(Options.IndexDir);
  llvm::sys::path::append(Dir, "shared-headers");
  return std::string(Dir);
}

const SharedPreambleUse *SharedHeaders::useFor(const CompileCommand *C) const {
  auto It = UseOf.find(C);
  return It == UseOf.end() ? nullptr : &Uses[It->second];
}

void SharedHeaders::prepare(const std::vector<const CompileCommand *> &All,
                            const std::vector<const CompileCommand *> &Stale) {
  std::string Dir = directory();
  auto PathOf = [&](const std::string &Name, const char *Ext) {
    return Dir + "/" + Name + Ext;
  };
  auto NameOf = [&](const Candidate &K, size_t Depth) {
    std::vector<std::string> Parts = K.Flags;
    Parts.push_back(K.Language);
    Parts.insert(Parts.end(), K.Lines.begin(), K.Lines.begin() + Depth);
    return commandDigest(K.Directory, Parts, Options.ProjectRoot);
  };
  auto KeyOf = [&](const std::string &Name) {
    return ShardKey{Name, "project-root=" + Options.ProjectRoot, toolVersion()};
  };
  // Whether an artifact on disk is current (checked once per name).
  std::map<std::string, bool> Current;
  auto IsCurrent = [&](const std::string &Name) {
    auto [It, Inserted] = Current.try_emplace(Name, false);
    if (Inserted) {
      SharedPreambleMeta M;
      It->second = readSharedPreambleMeta(PathOf(Name, ".meta"), M) &&
                   M.Built && llvm::sys::fs::exists(PathOf(Name, ".pch")) &&
                   whyStale(M.Key, 0, M.Includes, KeyOf(Name), Digest).empty();
    }
    return It->second;
  };

  std::map<const CompileCommand *, Candidate> Of;
  auto CandidateOf = [&](const CompileCommand *C) -> const Candidate & {
    auto [It, Inserted] = Of.try_emplace(C);
    if (Inserted) {
      It->second.Flags = sharedHeaderFlags(*C);
      if (!It->second.Flags.empty())
        It->second.Lines = leadingIncludesOf(C->File);
      It->second.Directory = C->Directory;
      It->second.Language = languageOf(*C);
    }
    return It->second;
  };

  // How many stale TUs start with each prefix: a prefix is worth a PCH
  // when about sqrt(n) of the n stale TUs with those flags share it (each
  // build costs about one parse of the headers), or when it is current.
  std::map<std::string, size_t> Sharing, Group;
  for (const CompileCommand *C : Stale) {
    const Candidate &K = CandidateOf(C);
    if (K.Lines.empty())
      continue;
    ++Group[NameOf(K, 0)];
    for (size_t D = 1; D <= K.Lines.size(); ++D)
      ++Sharing[NameOf(K, D)];
  }
  std::map<std::string, size_t> Index; // artifact name -> Uses
  std::vector<std::string> ToBuild;
  for (const CompileCommand *C : Stale) {
    const Candidate &K = CandidateOf(C);
    if (K.Lines.empty())
      continue;
    size_t Enough = std::max<size_t>(
        2, static_cast<size_t>(std::ceil(std::sqrt(Group[NameOf(K, 0)]))));
    for (size_t D = K.Lines.size(); D >= 1; --D) {
      std::string Name = NameOf(K, D);
      if (Sharing[Name] < Enough && !IsCurrent(Name))
        continue;
      auto [It, Inserted] = Index.try_emplace(Name, Uses.size());
      if (Inserted) {
        SharedPreambleUse U;
        U.PchPath = PathOf(Name, ".pch");
        U.Lines.assign(K.Lines.begin(), K.Lines.begin() + D);
        Uses.push_back(std::move(U));
        if (!IsCurrent(Name))
          ToBuild.push_back(Name);
        else
          ++Stats.Reused;
      }
      UseOf[C] = It->second;
      break;
    }
  }

  // Build the missing ones, Jobs at a time, each in its own process.
  llvm::sys::fs::create_directories(Dir);
  std::map<pid_t, std::string> Live;
  std::map<std::string, const CompileCommand *> Example;
  for (auto &[C, U] : UseOf)
    Example.try_emplace(Uses[U].PchPath, C);
  auto Reap = [&](bool Block) {
    int Status = 0;
    pid_t Pid = ::waitpid(-1, &Status, Block ? 0 : WNOHANG);
    if (Pid <= 0)
      return false;
    auto It = Live.find(Pid);
    if (It == Live.end())
      return true;
    if (WIFSIGNALED(Status) && Options.Verbose)
      llvm::errs() << "decouple: shared header " << It->second
                   << ": the build crashed (signal " << WTERMSIG(Status)
                   << "); its TUs are parsed without it\n";
    Live.erase(It);
    return true;
  };
  for (const std::string &Name : ToBuild) {
    if (InterruptGuard::pending())
      break;
    const SharedPreambleUse &U = Uses[Index[Name]];
    const CompileCommand *C = Example[U.PchPath];
    const Candidate &K = CandidateOf(C);
    std::string Header = PathOf(Name, ".h");
    llvm::sys::fs::remove(PathOf(Name, ".meta"));
    std::string HeaderText =
        "// decouple: the leading includes shared by TUs such as " + C->File +
        "\n";
    for (const std::string &L : U.Lines)
      HeaderText += L + "\n";
    if (std::string Error; !writeFileAtomically(Header, HeaderText, Error)) {
      // A full disk: its TUs are parsed without a shared header (counted as
      // build_failed below: it has no meta).
      if (Options.Verbose)
        llvm::errs() << "note: cannot write the shared header: " << Error
                     << "\n";
      continue;
    }
    while (Live.size() >= std::max(1u, Options.Jobs))
      Reap(true);
    std::fflush(nullptr);
    pid_t Pid = ::fork();
    if (Pid == 0) {
      ::signal(SIGINT, SIG_DFL);
      ::signal(SIGTERM, SIG_DFL);
      ::alarm(Options.TimeoutSeconds);
      int Null = ::open("/dev/null", O_WRONLY);
      if (Null >= 0)
        ::dup2(Null, 2);
      ExtractOptions EO;
      EO.ProjectRoot = Options.ProjectRoot;
      SharedPreambleMeta M;
      M.Key = KeyOf(Name);
      ErrorCollector Diags;
      buildSharedPreamble(K.Directory, K.Flags, Header, U.PchPath, K.Language,
                          EO, M, Diags);
      if (!M.Built && !Diags.Errors.empty())
        M.Failure = Diags.Errors.front();
      std::string Error;
      writeSharedPreambleMeta(PathOf(Name, ".meta"), M, Error);
      std::fflush(nullptr);
      ::_exit(M.Built ? 0 : 1);
    }
    if (Pid > 0)
      Live[Pid] = Name;
  }
  while (!Live.empty() && Reap(true)) {
  }

  // Keep what was built; a TU whose PCH failed is parsed without one.
  std::map<size_t, bool> Usable;
  for (auto &[Name, I] : Index) {
    SharedPreambleMeta M;
    bool Ok = readSharedPreambleMeta(PathOf(Name, ".meta"), M) && M.Built;
    bool New = std::find(ToBuild.begin(), ToBuild.end(), Name) != ToBuild.end();
    if (New)
      ++(Ok ? Stats.Built : Stats.BuildFailed);
    if (Ok)
      Uses[I].Meta = std::move(M);
    else if (New && Options.Verbose)
      llvm::errs() << "decouple: shared header " << Name
                   << ": not built (" << (M.Failure.empty() ? "no result" : M.Failure)
                   << "); its TUs are parsed without it\n";
    else if (!New && Options.Verbose)
      llvm::errs() << "decouple: shared header " << Name << ": unreadable\n";
    if (Ok && Options.Verbose)
      llvm::errs() << "decouple: shared header " << Name << " ("
                   << (New ? "built" : "current") << "): "
                   << llvm::join(Uses[I].Lines, ", ") << "\n";
    Usable[I] = Ok;
  }
  std::erase_if(UseOf, [&](const auto &E) { return !Usable[E.second]; });
  Stats.Tus = UseOf.size();

  // Delete what no TU can use: artifacts with changed inputs, and those that
  // no command of the compile database starts with any more.
  std::set<std::string> Keep;
  for (auto &[Name, I] : Index)
    Keep.insert(Name);
  for (const CompileCommand *C : All) {
    const Candidate &K = CandidateOf(C);
    for (size_t D = 1; D <= K.Lines.size(); ++D)
      if (std::string Name = NameOf(K, D); !Keep.count(Name) && IsCurrent(Name))
        Keep.insert(Name);
  }
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef File = llvm::sys::path::filename(It->path());
    std::string Stem = File.split('.').first.str();
    if (Keep.count(Stem))
      continue;
    llvm::sys::fs::remove(It->path());
    if (File.ends_with(".pch"))
      ++Stats.Removed;
  }
}

} // namespace decouple
