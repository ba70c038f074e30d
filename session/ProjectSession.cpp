//===- ProjectSession.cpp -------------------------------------------------===//
#include "session/ProjectSession.h"
#include "index/IndexManifest.h"
#include "index/RuleMatcher.h"
#include "support/NoLint.h"
#include "support/Paths.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <map>
#include <set>

namespace decouple {

bool ProjectSession::open(const SessionRequest &R,
                          std::vector<std::string> &Errors) {
  size_t Before = Errors.size();
  std::string ConfigFile = R.ConfigFile;
  if (ConfigFile.empty() && !R.SearchFrom.empty())
    ConfigFile = findProjectConfig(R.SearchFrom);
  else if (!ConfigFile.empty() && !llvm::sys::fs::is_regular_file(ConfigFile)) {
    Errors.push_back(ConfigFile + ": error: no such config file");
    return false;
  }
  if (!ConfigFile.empty() &&
      !loadProjectConfig(normalizePath(ConfigFile), Config, Errors))
    return false;
  if (!loadProjectRules(Config, R.ExtraRuleFiles, Rules, Errors))
    return false;
  std::vector<std::string> BadMatchers = matcherProblems(Rules);
  if (!BadMatchers.empty()) {
    llvm::append_range(Errors, BadMatchers);
    return false;
  }
  ProjectRoot = normalizePath(!R.ProjectRoot.empty()          ? R.ProjectRoot
                              : !Config.ProjectRoot.empty()   ? Config.ProjectRoot
                              : !R.DefaultRoot.empty()        ? R.DefaultRoot
                              : !Config.Directory.empty()     ? Config.Directory
                                                              : ".");
  if (!R.IndexRoot.empty()) {
    IndexRoot = R.IndexRoot;
  } else {
    CommonDirectory Common;
    Common.add(ProjectRoot + "/.");
    if (!R.BuildDir.empty())
      Common.add(normalizePath(R.BuildDir) + "/.");
    IndexRoot = Common.get();
  }
  std::string Index = !R.IndexDir.empty()        ? R.IndexDir
                      : !Config.IndexDir.empty() ? Config.IndexDir
                                                 : R.DefaultIndexDir;
  IndexDir = Index.empty() ? "" : normalizePath(Index);
  if (R.ReadClangTidyFiles)
    readClangTidyOptions(Config.Directory.empty() ? ProjectRoot
                                                  : Config.Directory,
                         ClangTidy, Errors);
  validateCheckConfig(Errors);
  return Errors.size() == Before;
}

bool ProjectSession::validateCheckConfig(std::vector<std::string> &Errors) const {
  size_t Before = Errors.size();
  std::vector<std::unique_ptr<CouplingCheck>> All = createAllChecks();
  auto Known = [&](const std::string &Id) -> const CouplingCheck * {
    for (const auto &C : All)
      if (Id == C->id())
        return C.get();
    return nullptr;
  };
  for (const auto &[Id, Options] : Config.CheckOptions) {
    const CouplingCheck *C = Known(Id);
    std::string Where = Config.where("/checks/" + Id + "#key");
    if (!C) {
      std::string Ids;
      for (const auto &K : All)
        Ids += (Ids.empty() ? "" : ", ") + std::string(K->id());
      Errors.push_back(Where + ": error: unknown check \"" + Id +
                       "\"; expected one of: " + Ids);
      continue;
    }
    for (const auto &Option : Options) {
      const std::string &Name = Option.first;
      std::vector<CheckOption> Valid = C->allOptions();
      if (llvm::any_of(Valid, [&](const CheckOption &O) { return O.Name == Name; }))
        continue;
      std::string Names;
      for (const CheckOption &O : Valid)
        Names += (Names.empty() ? "" : ", ") + O.Name;
      Errors.push_back(Config.where("/checks/" + Id + "/" + Name + "#key") +
                       ": error: unknown option \"" + Name + "\" for " + Id +
                       "; expected one of: " + Names);
    }
  }
  // The same check for .clang-tidy: an option of ours that does not exist.
  for (const auto &[Key, Value] : ClangTidy.CheckOptions) {
    llvm::StringRef Id = llvm::StringRef(Key).split('.').first;
    llvm::StringRef Name = llvm::StringRef(Key).split('.').second;
    if (!Id.starts_with("coupling-"))
      continue;
    const CouplingCheck *C = Known(Id.str());
    if (C && llvm::any_of(C->allOptions(),
                          [&](const CheckOption &O) { return O.Name == Name; }))
      continue;
    Errors.push_back(ClangTidy.Files.front() + ": error: unknown option \"" +
                     Key + "\" in CheckOptions");
  }
  return Errors.size() == Before;
}

bool checkGlobsEnable(const std::string &Globs, const std::string &Id) {
  bool On = false;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Globs).split(Parts, ',', -1, false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    bool Negative = P.consume_front("-");
    if (Glob(P.str()).matches(Id))
      On = !Negative;
  }
  return On;
}

bool ProjectSession::createChecks(const std::string &Globs,
                                  std::vector<std::unique_ptr<CouplingCheck>> &Out,
                                  std::vector<std::string> &Errors,
                                  bool AllowNone) const {
  std::vector<std::unique_ptr<CouplingCheck>> All = createAllChecks();
  bool Ok = true;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Globs).split(Parts, ',', -1, false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    llvm::StringRef Pattern = P.drop_front(P.starts_with("-") ? 1 : 0);
    Glob G(Pattern.str());
    if (llvm::none_of(All, [&](const auto &C) { return G.matches(C->id()); })) {
      Errors.push_back("decouple: error: --checks: '" + P.str() +
                       "' matches no check; run 'decouple check "
                       "--list-checks' for their names");
      Ok = false;
    }
  }
  for (auto &C : All) {
    if (!checkGlobsEnable(Globs, C->id()))
      continue;
    std::vector<std::string> Problems;
    C->configure(optionValues(*C), Problems);
    for (const std::string &P : Problems)
      Errors.push_back((Config.File.empty() ? "decouple" : Config.File) +
                       ": error: " + P);
    Ok &= Problems.empty();
    Out.push_back(std::move(C));
  }
  if (Out.empty() && Ok && !AllowNone) {
    Errors.push_back("decouple: error: --checks '" + Globs +
                     "' enables no check");
    Ok = false;
  }
  return Ok;
}

std::map<std::string, std::string>
ProjectSession::optionValues(const CouplingCheck &C,
                             const std::map<std::string, std::string> *Tidy) const {
  std::map<std::string, std::string> Values;
  if (auto It = Config.CheckOptions.find(C.id()); It != Config.CheckOptions.end())
    Values = It->second;
  if (Tidy) {
    for (const auto &[K, V] : *Tidy)
      Values[K] = V;
    return Values;
  }
  for (const CheckOption &O : C.allOptions())
    if (auto It = ClangTidy.CheckOptions.find(std::string(C.id()) + "." + O.Name);
        It != ClangTidy.CheckOptions.end())
      Values[O.Name] = It->second;
  return Values;
}

namespace {

/// The line without whitespace, and how many of its non-space bytes lie
/// left of \p Column: a column that survives re-indenting.
std::pair<std::string, unsigned> strippedLine(const Finding &F, SourceLines &Lines) {
  std::string Text;
  unsigned Column = 0;
  if (const std::string *L = Lines.line(F.Loc.File, F.Loc.Line))
    for (size_t I = 0; I < L->size(); ++I)
      if (!isspace(static_cast<unsigned char>((*L)[I]))) {
        Text += (*L)[I];
        if (I + 1 < F.Loc.Column)
          ++Column;
      }
  return {Text, Column};
}

std::string hexDigest(const std::string &Text) {
  return llvm::utohexstr(llvm::xxh3_64bits(Text), true);
}

} // namespace

std::string legacyFingerprint(const Finding &F, const std::string &Root,
                              SourceLines &Lines) {
  return hexDigest(relativeToRoot(F.Loc.File, Root) + "\n" + F.CheckId + "\n" +
                   strippedLine(F, Lines).first);
}

void setFingerprints(std::vector<Finding> &Findings, const std::string &Root,
                     SourceLines &Lines) {
  std::map<std::string, unsigned> Occurrences;
  for (Finding &F : Findings) {
    auto [Text, Column] = strippedLine(F, Lines);
    std::string Key = "v2\n" + relativeToRoot(F.Loc.File, Root) + "\n" +
                      F.CheckId + "\n" + Text + "\n" + std::to_string(Column);
    unsigned Index = Occurrences[Key]++;
    F.Fingerprint = hexDigest(Key + "\n" + std::to_string(Index));
  }
}

void ProjectSession::finishFindings(std::vector<Finding> &Findings,
                                    SourceLines &Lines,
                                    FindingCounts &Counts) const {
  size_t Before = Findings.size();
  llvm::erase_if(Findings, [&](const Finding &F) { return Config.excluded(F.Loc.File); });
  Counts.Excluded += Before - Findings.size();
  std::stable_sort(Findings.begin(), Findings.end(),
                   [](const Finding &X, const Finding &Y) {
                     return std::tie(X.Loc.File, X.Loc.Line, X.Loc.Column, X.CheckId) <
                            std::tie(Y.Loc.File, Y.Loc.Line, Y.Loc.Column, Y.CheckId);
                   });
  // Fingerprinted before NOLINT: adding or removing a NOLINT does not
  // renumber the other findings on the line.
  setFingerprints(Findings, ProjectRoot, Lines);
  NoLintCache NoLint;
  std::set<std::string> Files;
  std::vector<Finding> Kept;
  for (Finding &F : Findings) {
    Files.insert(F.Loc.File);
    if (auto S = NoLint.suppresses(F.Loc.File, F.Loc.Line, F.CheckId, F.Loc.Column)) {
      ++Counts.SuppressedByNoLint;
      Counts.NoLintSuppressed.push_back({std::move(F), S->Reason});
    } else {
      Kept.push_back(std::move(F));
    }
  }
  Findings = std::move(Kept);
  for (const std::string &File : Files)
    if (const NoLintIndex *Index = NoLint.index(File))
      for (const NoLintIndex::Problem &P : Index->problems())
        Counts.NoLintProblems.push_back(File + ":" + std::to_string(P.Line) +
                                        ":" + std::to_string(P.Column) +
                                        ": error: " + P.Message +
                                        " [clang-tidy-nolint]");
}

bool failsRun(const Finding &F, const ProjectConfig &Config, Severity Default) {
  std::string Level = Config.failOnFor(F.CheckId);
  if (Level == "never" || (Level.empty() && !F.FailsRunByDefault))
    return false;
  Severity Threshold = Default;
  if (!Level.empty())
    parseSeverity(Level, Threshold);
  return F.Level >= Threshold;
}

std::string findIndexDirFor(const std::string &File, const std::string &Explicit,
                            const ProjectConfig &Config) {
  if (!Explicit.empty())
    return normalizePath(Explicit);
  if (!Config.IndexDir.empty())
    return Config.IndexDir;
  std::string Dir = llvm::sys::path::parent_path(normalizePath(File)).str();
  while (!Dir.empty()) {
    for (const char *Candidate : {".decouple", "build/.decouple"}) {
      llvm::SmallString<256> P(Dir);
      llvm::sys::path::append(P, Candidate);
      if (llvm::sys::fs::exists(IndexManifest::pathIn(std::string(P))))
        return std::string(P);
    }
    std::string Parent = llvm::sys::path::parent_path(Dir).str();
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

} // namespace decouple
