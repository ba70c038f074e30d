//===- CodeQualityReport.cpp - GitLab Code Quality (--format gitlab) ------===//
//
// The JSON array GitLab's merge-request widget reads
// (artifacts:reports:codequality): one object per finding with description,
// check_name, fingerprint, severity and location.path (relative to the
// repository, here the project root) with location.lines.begin.
//
//===----------------------------------------------------------------------===//
#include "driver/Report.h"
#include "support/Paths.h"

#include <nlohmann/json.hpp>

namespace decouple {

namespace {

const char *codeQualitySeverity(Severity S) {
  return S == Severity::Error ? "critical" : S == Severity::Warning ? "major" : "info";
}

} // namespace

void writeGitLabCodeQuality(llvm::raw_ostream &OS,
                            const std::vector<Finding> &Findings,
                            const std::string &Root) {
  nlohmann::json Out = nlohmann::json::array();
  for (const Finding &F : Findings)
    Out.push_back(
        {{"description", F.Message},
         {"check_name", F.CheckId},
         {"fingerprint", F.Fingerprint},
         {"severity", codeQualitySeverity(F.Level)},
         {"location",
          {{"path", Root.empty() ? F.Loc.File : relativeToRoot(F.Loc.File, Root)},
           {"lines", {{"begin", F.Loc.Line}}}}}});
  OS << Out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

} // namespace decouple
