//===- TuFileLookup.cpp ---------------------------------------------------===//
#include "integrations/tidy/TuFileLookup.h"

#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace decouple {

bool TuFileLookup::mayHaveRead(FileEntryRef File) const {
  // Every header the TU entered has header-search info, its preamble's
  // included (read from the PCH's table, not by scanning its entries).
  return !PP || PP->getHeaderSearchInfo().getExistingFileInfo(File);
}

FileID TuFileLookup::fileOf(llvm::StringRef Path, bool LoadOtherFiles) {
  auto [It, New] = Known.try_emplace(Path);
  if (New) {
    if (auto File = SM.getFileManager().getOptionalFileRef(Path)) {
      OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
      if (Main && *Main == *File)
        It->second = SM.getMainFileID();
      else if (mayHaveRead(*File))
        It->second = SM.translateFile(*File);
    }
  }
  // Not in the TU (the lookup above said so): created without another scan.
  if (It->second.isInvalid() && LoadOtherFiles)
    if (auto File = SM.getFileManager().getOptionalFileRef(Path))
      It->second = SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
  return It->second;
}

SourceLocation TuFileLookup::at(const Location &L, bool LoadOtherFiles) {
  if (!L.valid())
    return {};
  FileID ID = fileOf(L.File, LoadOtherFiles);
  return ID.isValid() ? SM.translateLineCol(ID, L.Line, L.Column)
                      : SourceLocation();
}

} // namespace decouple
