//===- CheckDocs.h - Where a check's documentation page is ----------------===//
//
// The one rule for links to a check's page: SARIF's helpUri and
// decouple-clangd's codeDescription.href both come from here.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <string_view>

namespace decouple {

/// The installed check pages (`cmake --install` puts docs/checks there).
std::string_view installedCheckDocsBase();

/// The page of check CheckId: Base + "/" + CheckId + ".md" (no second
/// slash when Base ends with one). An empty Base means the installed pages.
std::string checkDocsUri(std::string_view Base, std::string_view CheckId);

} // namespace decouple
