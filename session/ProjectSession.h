//===- ProjectSession.h - One project, the same for every front door -*- C++ -*-===//
//
// The CLI's check and merge, the clang-tidy plugin and decouple-clangd all
// open a ProjectSession, and it alone decides:
//   - which .decouple.json and .clang-tidy apply (discovery),
//   - the rule set (built-in packs, then the config's, then --rules),
//   - the project root (fingerprints, relocatable paths) and the index dir,
//   - each check's options: .clang-tidy CheckOptions over .decouple.json
//     "checks" over the defaults (docs/getting-started.md, "Options"),
//   - which checks a --checks glob list enables, loudly on a typo,
//   - NOLINT and fingerprints of the findings.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_SESSION_PROJECTSESSION_H
#define DECOUPLE_SESSION_PROJECTSESSION_H

#include "analysis/ProjectConfig.h"
#include "checks/CouplingCheck.h"
#include "session/ClangTidyOptions.h"
#include "session/SourceLines.h"

#include <memory>
#include <string>
#include <vector>

namespace decouple {

struct SessionRequest {
  std::string ConfigFile;  // --config; else discovered from SearchFrom
  std::string SearchFrom;  // where config discovery starts
  std::vector<std::string> ExtraRuleFiles; // --rules
  std::string ProjectRoot; // --project-root; else the config's, else DefaultRoot
  std::string DefaultRoot; // the directory holding every TU
  std::string IndexDir;    // --index-dir / the IndexDir option; else the config's
  std::string DefaultIndexDir; // else this (e.g. <build>/.decouple)
  std::string BuildDir;    // the compile database's directory, if any
  std::string IndexRoot;   // an index's recorded root (merge), else derived
  bool ReadClangTidyFiles = true; // false inside clang-tidy: it reads them
};

/// A finding a NOLINT marker suppressed, with the marker's free text.
struct SuppressedFinding {
  Finding Found;
  std::string Reason;
};

/// What the findings' post-processing did, for the summary line.
struct FindingCounts {
  size_t SuppressedByNoLint = 0;
  size_t Excluded = 0; // in .decouple.json "exclude" paths
  /// The findings NOLINT dropped (SARIF keeps them, marked inSource).
  std::vector<SuppressedFinding> NoLintSuppressed;
  /// Unmatched NOLINTBEGIN/NOLINTEND in the files findings were in, as
  /// clang-tidy reports them: "file:line:col: error: ... [clang-tidy-nolint]".
  std::vector<std::string> NoLintProblems;
};

class ProjectSession {
public:
  ProjectConfig Config;
  RuleSet Rules;
  ClangTidyFileOptions ClangTidy;
  std::string ProjectRoot, IndexDir;
  /// What the index stores paths relative to: the deepest directory above
  /// both the project root and the build directory.
  std::string IndexRoot;

  /// Loads config and rules. Every problem is appended to \p Errors as
  /// "file:line:col: error: ..."; false when the session cannot be used.
  bool open(const SessionRequest &R, std::vector<std::string> &Errors);

  /// The enabled checks, configured. A glob in \p Globs that matches no
  /// check is an error, and so is a list that enables none unless
  /// \p AllowNone (a budget-only run: --checks '-*' --budget ...).
  bool createChecks(const std::string &Globs,
                    std::vector<std::unique_ptr<CouplingCheck>> &Out,
                    std::vector<std::string> &Errors,
                    bool AllowNone = false) const;

  /// One check's option values by precedence: \p TidyOptions (what
  /// clang-tidy resolved, inside the plugin) or the .clang-tidy files read
  /// here, over .decouple.json, over the defaults.
  std::map<std::string, std::string>
  optionValues(const CouplingCheck &C,
               const std::map<std::string, std::string> *TidyOptions = nullptr) const;

  /// Drops findings in excluded paths, sorts, sets fingerprints, moves
  /// NOLINT-suppressed findings to \p Counts.
  void finishFindings(std::vector<Finding> &Findings, SourceLines &Lines,
                      FindingCounts &Counts) const;

private:
  bool validateCheckConfig(std::vector<std::string> &Errors) const;
};

/// The persisted index for a source file: \p Explicit, else the config's
/// index_dir, else a .decouple or build/.decouple directory holding a
/// manifest, found walking up from \p File. "" when there is none.
std::string findIndexDirFor(const std::string &File, const std::string &Explicit,
                            const ProjectConfig &Config);

/// Whether \p F fails the run: the config's "fail_on" for its check, else
/// \p Default (--fail-on); an informative check's findings
/// (Finding::FailsRunByDefault) only when "fail_on" names the check.
bool failsRun(const Finding &F, const ProjectConfig &Config, Severity Default);

/// Whether a check-glob list ("coupling-*,-coupling-fan-out") enables \p Id.
bool checkGlobsEnable(const std::string &Globs, const std::string &Id);

/// Fingerprints (version 2): the stable identity of each finding. The path
/// relative to \p Root, the check, the whitespace-stripped source line, the
/// column counted in that stripped line (so re-indenting keeps it), and the
/// occurrence index among the findings that share all of these (so a
/// duplicated line gets a second fingerprint). \p Findings must be sorted.
void setFingerprints(std::vector<Finding> &Findings, const std::string &Root,
                     SourceLines &Lines);

/// The version 1 fingerprint (path, check, stripped line), which baselines
/// of version 1 list; driver/Baseline.h matches them one finding each.
std::string legacyFingerprint(const Finding &F, const std::string &Root,
                              SourceLines &Lines);

} // namespace decouple

#endif
