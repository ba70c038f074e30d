//===- map-page-render.cpp - Map JSON in, map page out (tests only) -------===//
//
// Puts a map JSON file into the map page with the same renderMapHtml that
// `decouple map --format html` calls, so the page's browser tests run on
// hand-written maps. Not installed.
//
//   map-page-render <map.json> [-o <page.html>]
//
//===----------------------------------------------------------------------===//
#include "driver/MapHtml.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

int main(int Argc, char **Argv) {
  std::string Input, Output = "-";
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "-o" && I + 1 < Argc)
      Output = Argv[++I];
    else if (Input.empty() && !Arg.starts_with("-"))
      Input = Arg.str();
    else {
      llvm::errs() << "usage: map-page-render <map.json> [-o <page.html>]\n";
      return 2;
    }
  }
  if (Input.empty()) {
    llvm::errs() << "usage: map-page-render <map.json> [-o <page.html>]\n";
    return 2;
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Json =
      llvm::MemoryBuffer::getFile(Input);
  if (!Json) {
    llvm::errs() << Input << ": error: " << Json.getError().message() << "\n";
    return 2;
  }
  llvm::Expected<std::string> Page =
      decouple::renderMapHtml((*Json)->getBuffer());
  if (!Page) {
    llvm::errs() << Input << ": error: " << llvm::toString(Page.takeError())
                 << "\n";
    return 2;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Output, EC, llvm::sys::fs::OF_None);
  if (EC) {
    llvm::errs() << Output << ": error: " << EC.message() << "\n";
    return 2;
  }
  OS << *Page;
  return 0;
}
