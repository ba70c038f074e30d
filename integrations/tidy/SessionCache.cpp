//===- SessionCache.cpp ---------------------------------------------------===//
#include "integrations/tidy/SessionCache.h"
#include "support/Paths.h"

#include "llvm/Support/FileSystem.h"

#include <map>
#include <mutex>

namespace decouple {

namespace {

/// What a session read, as (path, modification time, size); a file that
/// is missing counts as a stamp too, so creating it is a change.
struct Stamp {
  std::string Path;
  llvm::sys::TimePoint<> Modified;
  uint64_t Size = 0;
  bool Exists = false;
  friend bool operator==(const Stamp &, const Stamp &) = default;
};

Stamp stampOf(const std::string &Path) {
  Stamp S;
  S.Path = Path;
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status)) {
    S.Exists = true;
    S.Modified = Status.getLastModificationTime();
    S.Size = Status.getSize();
  }
  return S;
}

/// The files loadProjectRules reads for \p Config, and the config itself.
std::vector<Stamp> inputsOf(const std::string &ConfigFile,
                            const ProjectConfig &Config) {
  std::vector<Stamp> Inputs;
  if (!ConfigFile.empty())
    Inputs.push_back(stampOf(ConfigFile));
  std::string Builtin = builtinRulesDir();
  Inputs.push_back(stampOf(Builtin)); // a pack added or removed
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Builtin, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".json"))
      Inputs.push_back(stampOf(It->path()));
  for (const std::string &F : Config.RuleFiles)
    Inputs.push_back(stampOf(F));
  return Inputs;
}

struct CachedSession {
  std::shared_ptr<const OpenSession> Open;
  std::vector<Stamp> Inputs;
};

bool unchanged(const CachedSession &C, const std::string &ConfigFile) {
  return C.Open && inputsOf(ConfigFile, C.Open->Session.Config) == C.Inputs;
}

} // namespace

std::shared_ptr<const OpenSession> sessionFor(const std::string &Dir) {
  std::string ConfigFile = findProjectConfig(Dir);
  if (!ConfigFile.empty())
    ConfigFile = normalizePath(ConfigFile);
  static std::mutex Lock;
  static std::map<std::string, CachedSession> ByConfig;
  std::lock_guard<std::mutex> Guard(Lock);
  CachedSession &C = ByConfig[ConfigFile];
  if (unchanged(C, ConfigFile))
    return C.Open;
  auto Fresh = std::make_shared<OpenSession>();
  SessionRequest R;
  R.ConfigFile = ConfigFile;
  R.ReadClangTidyFiles = false; // clang-tidy hands us its own view of them
  Fresh->Session.open(R, Fresh->Problems);
  C.Inputs = inputsOf(ConfigFile, Fresh->Session.Config);
  C.Open = std::move(Fresh);
  return C.Open;
}

} // namespace decouple
