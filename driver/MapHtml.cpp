//===- MapHtml.cpp --------------------------------------------------------===//
#include "driver/MapHtml.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <dlfcn.h>

#include <cstdlib>

namespace decouple {

std::string mapPageTemplatePath() {
  if (const char *Env = std::getenv("DECOUPLE_MAP_PAGE"))
    return Env;
  // dladdr finds the file that holds this code (the CLI or a test tool in
  // bin/), wherever it was built or installed.
  Dl_info Info;
  llvm::SmallString<256> Path;
  if (dladdr(reinterpret_cast<void *>(&mapPageTemplatePath), &Info) &&
      Info.dli_fname) {
    llvm::SmallString<256> Binary(Info.dli_fname);
    llvm::sys::fs::make_absolute(Binary);
    Path = llvm::sys::path::parent_path(llvm::sys::path::parent_path(Binary));
  }
  llvm::sys::path::append(Path, "share", "decouple", "map-page.html");
  return std::string(Path);
}

std::string escapeJsonForScript(llvm::StringRef Json) {
  std::string Out;
  Out.reserve(Json.size() + Json.size() / 16);
  for (size_t I = 0; I < Json.size(); ++I) {
    char C = Json[I];
    if (C == '<')
      Out += "\\u003c";
    else if (C == '>')
      Out += "\\u003e";
    else if (C == '&')
      Out += "\\u0026";
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
    else if (C == '\xE2' && I + 2 < Json.size() && Json[I + 1] == '\x80' &&
             (Json[I + 2] == '\xA8' || Json[I + 2] == '\xA9')) {
      Out += Json[I + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      I += 2;
    } else
      Out += C;
  }
  return Out;
}

llvm::Expected<std::string> renderMapHtml(llvm::StringRef MapJson,
                                          llvm::StringRef Template) {
  if (llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(MapJson);
      !Parsed)
    return llvm::createStringError(
        "map JSON is not valid: " + llvm::toString(Parsed.takeError()));
  size_t At = Template.find(MapDataPlaceholder);
  if (At == llvm::StringRef::npos ||
      Template.find(MapDataPlaceholder, At + 1) != llvm::StringRef::npos)
    return llvm::createStringError(
        "map page template must hold " + MapDataPlaceholder.str() +
        " exactly once (rebuild it from web/map/)");
  std::string Page = Template.substr(0, At).str();
  Page += escapeJsonForScript(MapJson);
  Page += Template.substr(At + MapDataPlaceholder.size());
  return Page;
}

llvm::Expected<std::string> renderMapHtml(llvm::StringRef MapJson) {
  std::string Path = mapPageTemplatePath();
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Template =
      llvm::MemoryBuffer::getFile(Path);
  if (!Template)
    return llvm::createStringError(
        Path + ": error: cannot read the map page template (" +
        Template.getError().message() +
        "); it is built from web/map/ when node and npm are found: run "
        "scripts/setup-map-page.sh, then rebuild");
  return renderMapHtml(MapJson, (*Template)->getBuffer());
}

} // namespace decouple
