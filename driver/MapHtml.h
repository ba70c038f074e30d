//===- MapHtml.h - The service map as one offline HTML page -----*- C++ -*-===//
//
// `decouple map --format html` writes the map JSON (docs/map-format.md) into
// a page template built from web/map/ at build time (docs/map-page.md). This
// is the one home for that embedding and for finding the template.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_MAPHTML_H
#define DECOUPLE_DRIVER_MAPHTML_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace decouple {

/// The placeholder the template holds, once, inside
/// <script id="decouple-map-data" type="application/json">.
inline constexpr llvm::StringLiteral MapDataPlaceholder = "@DECOUPLE_MAP_DATA@";

/// Where the page template is: $DECOUPLE_MAP_PAGE when set, else
/// share/decouple/map-page.html beside the bin/ directory of the binary that
/// holds this code (the build tree and an install are laid out alike).
std::string mapPageTemplatePath();

/// JSON text made safe inside an HTML <script> element: '<', '>', '&',
/// U+2028 and U+2029 become \uXXXX escapes, which JSON reads back as the same
/// characters, so no name can close the element ("</script>") or open a
/// comment. Only valid JSON has all of those inside strings.
std::string escapeJsonForScript(llvm::StringRef Json);

/// The page for \p MapJson, in \p Template (the template's text).
/// Fails when MapJson is not valid JSON or the template lacks the placeholder.
llvm::Expected<std::string> renderMapHtml(llvm::StringRef MapJson,
                                          llvm::StringRef Template);

/// Same, with the template read from mapPageTemplatePath(); a missing
/// template is an error that says how to build it.
llvm::Expected<std::string> renderMapHtml(llvm::StringRef MapJson);

} // namespace decouple

#endif
