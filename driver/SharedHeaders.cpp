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

std::string SharedHeaders::pathOf(const std::string &Name,
                                  const char *Ext) const {
  return directory() + "/" + Name + Ext;
}

ShardKey SharedHeaders::keyOf(const std::string &Name) const {
  return ShardKey{Name, "project-root=" + Options.ProjectRoot, toolVersion()};
}

void SharedHeaders::buildArtifacts(const std::vector<ArtifactBuild> &Jobs) {
  llvm::sys::fs::create_directories(directory());
  std::map<pid_t, std::string> Live;
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
  auto Running = [&](const std::string &Name) {
    for (auto &[Pid, N] : Live)
      if (N == Name)
        return true;
    return false;
  };
  for (const ArtifactBuild &J : Jobs) {
    if (InterruptGuard::pending())
      break;
    std::string Header = pathOf(J.Name, ".h");
    llvm::sys::fs::remove(pathOf(J.Name, ".meta"));
    std::string HeaderText =
        "// decouple: the leading includes shared by TUs such as " + J.File +
        (J.Parent.empty() ? "" : ", after those of " + J.Parent) + "\n";
    for (const std::string &L : J.Lines)
      HeaderText += L + "\n";
    if (std::string Error; !writeFileAtomically(Header, HeaderText, Error)) {
      // A full disk: its TUs are parsed without a shared header (counted as
      // build_failed: it has no meta).
      if (Options.Verbose)
        llvm::errs() << "note: cannot write the shared header: " << Error
                     << "\n";
      continue;
    }
    // A chained one waits for its parent, and is not built without it.
    while (Live.size() >= std::max(1u, Options.Jobs) ||
           (!J.Parent.empty() && Running(J.Parent)))
      Reap(true);
    std::optional<SharedPreambleUse> Parent;
    if (!J.Parent.empty()) {
      Parent.emplace();
      Parent->PchPath = pathOf(J.Parent, ".pch");
      if (!readSharedPreambleMeta(pathOf(J.Parent, ".meta"), Parent->Meta) ||
          !Parent->Meta.Built)
        continue;
    }
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
      M.Key = keyOf(J.Name);
      M.Parent = J.Parent;
      ErrorCollector Diags;
      buildSharedPreamble(J.Directory, J.Flags, Header, pathOf(J.Name, ".pch"),
                          J.Language, EO, Parent ? &*Parent : nullptr, M,
                          Diags);
      if (!M.Built && !Diags.Errors.empty())
        M.Failure = Diags.Errors.front();
      std::string Error;
      writeSharedPreambleMeta(pathOf(J.Name, ".meta"), M, Error);
      std::fflush(nullptr);
      ::_exit(M.Built ? 0 : 1);
    }
    if (Pid > 0)
      Live[Pid] = J.Name;
  }
  while (!Live.empty() && Reap(true)) {
  }
}

const SharedPreambleUse *SharedHeaders::useFor(const CompileCommand *C) const {
  auto It = UseOf.find(C);
  return It == UseOf.end() ? nullptr : &Uses[It->second];
}

void SharedHeaders::prepare(const std::vector<const CompileCommand *> &All,
                            const std::vector<const CompileCommand *> &Stale) {
  std::string Dir = directory();
  auto PathOf = [&](const std::string &Name, const char *Ext) {
    return pathOf(Name, Ext);
  };
  auto NameOf = [&](const Candidate &K, size_t Depth) {
    std::vector<std::string> Parts = K.Flags;
    Parts.push_back(K.Language);
    Parts.insert(Parts.end(), K.Lines.begin(), K.Lines.begin() + Depth);
    return commandDigest(K.Directory, Parts, Options.ProjectRoot);
  };
  auto KeyOf = [&](const std::string &Name) { return keyOf(Name); };
  // An artifact on disk is current when its inputs are; it is usable when
  // the ones it is chained on are too (each read once per name).
  std::map<std::string, std::optional<SharedPreambleMeta>> Current;
  auto CurrentMeta = [&](const std::string &Name) -> const SharedPreambleMeta * {
    auto [It, Inserted] = Current.try_emplace(Name);
    if (Inserted) {
      SharedPreambleMeta M;
      if (readSharedPreambleMeta(PathOf(Name, ".meta"), M) && M.Built &&
          llvm::sys::fs::exists(PathOf(Name, ".pch")) &&
          whyStale(M.Key, 0, M.Includes, KeyOf(Name), Digest).empty())
        It->second = std::move(M);
    }
    return It->second ? &*It->second : nullptr;
  };
  // One that failed to build, from the same inputs, is not tried again (a
  // header not guarded as a whole stays so until it is edited).
  // (Read once per name, like CurrentMeta.)
  std::set<std::string> KnownFailed;
  std::map<std::string, bool> Failed;
  auto FailedBefore = [&](const std::string &Name) {
    auto [It, Inserted] = Failed.try_emplace(Name, false);
    if (!Inserted)
      return It->second;
    SharedPreambleMeta M;
    It->second = !CurrentMeta(Name) &&
                 readSharedPreambleMeta(PathOf(Name, ".meta"), M) &&
                 !M.Built && !M.Includes.empty() &&
                 whyStale(M.Key, 0, M.Includes, KeyOf(Name), Digest).empty();
    if (It->second) {
      KnownFailed.insert(Name);
      if (Options.Verbose)
        llvm::errs() << "decouple: shared header " << Name
                     << ": not built before (" << M.Failure
                     << "); its TUs are parsed without it\n";
    }
    return It->second;
  };
  auto IsUsable = [&](std::string Name) {
    for (int Depth = 0; Depth < 64; ++Depth) {
      const SharedPreambleMeta *M = CurrentMeta(Name);
      if (!M)
        return false;
      if (M->Parent.empty())
        return true;
      Name = M->Parent;
    }
    return false; // a chain that long is not one this planner writes
  };

  // A TU's lines: the library headers its leading includes open, followed
  // into the project's headers (index/IncludeWalk). The search path is the
  // same for every TU of the same flags.
  ExtractOptions Walking;
  Walking.ProjectRoot = Options.ProjectRoot;
  std::map<std::pair<std::string, std::vector<std::string>>, IncludeSearch>
      SearchOf;
  std::map<const CompileCommand *, Candidate> Of;
  auto CandidateOf = [&](const CompileCommand *C) -> const Candidate & {
    auto [It, Inserted] = Of.try_emplace(C);
    if (Inserted) {
      It->second.Flags = sharedHeaderFlags(*C);
      auto [S, New] = SearchOf.try_emplace({C->Directory, It->second.Flags});
      if (New && !It->second.Flags.empty())
        S->second = includeSearchOf(C->Arguments, C->Directory);
      if (S->second.Valid)
        It->second.Lines = sharedIncludeLines(
            walkLeadingIncludes(C->File, S->second, Walking));
      It->second.Directory = C->Directory;
      It->second.Language = languageOf(*C);
    }
    return It->second;
  };

  // Which prefixes get a PCH. Of the stale TUs with the same flags, two or
  // more start with the prefix, and they do not all go on with the same
  // next line (a branch of the tree of prefixes): each is chained on the
  // nearest shorter one that gets a PCH, so its build parses only what its
  // lines add. A usable artifact of an earlier run is taken as it is.
  std::map<std::string, size_t> Sharing;
  for (const CompileCommand *C : Stale) {
    const Candidate &K = CandidateOf(C);
    for (size_t D = 1; D <= K.Lines.size(); ++D)
      ++Sharing[NameOf(K, D)];
  }
  std::map<std::string, size_t> Index; // artifact name -> Uses
  std::map<std::string, std::string> ParentOf; // of those to build
  std::map<std::string, const CompileCommand *> Example;
  std::vector<std::pair<size_t, std::string>> ToBuild; // (depth, name)
  std::map<const CompileCommand *, std::vector<size_t>> Chain;
  for (const CompileCommand *C : Stale) {
    const Candidate &K = CandidateOf(C);
    std::string Prev;
    for (size_t D = 1; D <= K.Lines.size(); ++D) {
      std::string Name = NameOf(K, D);
      size_t N = Sharing[Name];
      bool Branch = N >= 2 && (D == K.Lines.size() ||
                               Sharing[NameOf(K, D + 1)] < N);
      bool Reuse = IsUsable(Name);
      if ((!Branch && !Reuse) || (!Reuse && FailedBefore(Name)))
        continue;
      auto [It, Inserted] = Index.try_emplace(Name, Uses.size());
      if (Inserted) {
        SharedPreambleUse U;
        U.PchPath = PathOf(Name, ".pch");
        U.Lines.assign(K.Lines.begin(), K.Lines.begin() + D);
        Uses.push_back(std::move(U));
        Example[Name] = C;
        if (Reuse) {
          ++Stats.Reused;
        } else {
          ToBuild.push_back({D, Name});
          ParentOf[Name] = Prev;
        }
      }
      Chain[C].push_back(It->second);
      Prev = Name;
    }
  }

  std::sort(ToBuild.begin(), ToBuild.end()); // parents first
  std::vector<ArtifactBuild> Jobs;
  for (auto &[Depth, Name] : ToBuild) {
    const Candidate &K = CandidateOf(Example[Name]);
    ArtifactBuild J{Name, ParentOf[Name], Example[Name]->File, K.Directory,
                    K.Language, K.Flags, {}};
    const SharedPreambleUse &U = Uses[Index[Name]];
    size_t From = J.Parent.empty() ? 0 : Uses[Index[J.Parent]].Lines.size();
    J.Lines.assign(U.Lines.begin() + From, U.Lines.end());
    Jobs.push_back(std::move(J));
  }
  buildArtifacts(Jobs);

  // Keep what was built; a TU whose PCH failed goes on the nearest shorter
  // one that did not, or is parsed without one.
  std::vector<bool> Ok(Uses.size(), false);
  std::set<std::string> Built;
  for (auto &[Depth, Name] : ToBuild)
    Built.insert(Name);
  for (auto &[Name, I] : Index) {
    SharedPreambleMeta M;
    bool Read = readSharedPreambleMeta(PathOf(Name, ".meta"), M) && M.Built;
    bool New = Built.count(Name) > 0;
    if (New)
      ++(Read ? Stats.Built : Stats.BuildFailed);
    if (Read)
      Uses[I].Meta = std::move(M);
    else if (New && Options.Verbose)
      llvm::errs() << "decouple: shared header " << Name
                   << ": not built (" << (M.Failure.empty() ? "no result" : M.Failure)
                   << "); its TUs are parsed without it\n";
    else if (!New && Options.Verbose)
      llvm::errs() << "decouple: shared header " << Name << ": unreadable\n";
    if (Read && Options.Verbose)
      llvm::errs() << "decouple: shared header " << Name << " ("
                   << (New ? "built" : "current") << "): "
                   << llvm::join(Uses[I].Lines, ", ") << "\n";
    Ok[I] = Read;
  }
  for (auto &[C, Nodes] : Chain)
    for (size_t I : Nodes)
      if (Ok[I])
        UseOf[C] = I;
  Stats.Tus = UseOf.size();

  // Delete what no TU can use: artifacts with changed inputs, and those that
  // no command of the compile database starts with any more.
  // (The other TUs are walked only while an artifact on disk is not known
  // to be used: an edit of one TU in a large program walks none.)
  std::set<std::string> Keep, Unclaimed;
  auto KeepChain = [&](std::string Name) {
    while (!Name.empty() && Keep.insert(Name).second) {
      SharedPreambleMeta M;
      readSharedPreambleMeta(PathOf(Name, ".meta"), M);
      Name = M.Parent;
    }
  };
  for (auto &[Name, I] : Index)
    KeepChain(Name);
  Keep.insert(KnownFailed.begin(), KnownFailed.end());
  std::vector<std::string> OnDisk;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    OnDisk.push_back(It->path());
    std::string Stem = llvm::sys::path::filename(It->path()).split('.').first.str();
    if (!Keep.count(Stem))
      Unclaimed.insert(Stem);
  }
  for (const CompileCommand *C : All) {
    if (Unclaimed.empty())
      break;
    const Candidate &K = CandidateOf(C);
    for (size_t D = 1; D <= K.Lines.size(); ++D)
      if (std::string Name = NameOf(K, D);
          Unclaimed.count(Name) && (IsUsable(Name) || FailedBefore(Name))) {
        KeepChain(Name);
        for (const std::string &Kept : Keep)
          Unclaimed.erase(Kept);
      }
  }
  for (const std::string &Path : OnDisk) {
    llvm::StringRef File = llvm::sys::path::filename(Path);
    if (Keep.count(File.split('.').first.str()))
      continue;
    llvm::sys::fs::remove(Path);
    if (File.ends_with(".pch"))
      ++Stats.Removed;
  }
}

} // namespace decouple
