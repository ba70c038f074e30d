//===- SourceLines.cpp ----------------------------------------------------===//
#include "session/SourceLines.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/MemoryBuffer.h"

namespace decouple {

const std::string *SourceLines::line(const std::string &File, unsigned Line) {
  auto [It, Inserted] = Files.try_emplace(File);
  if (Inserted)
    if (auto B = llvm::MemoryBuffer::getFile(File, true)) {
      llvm::SmallVector<llvm::StringRef, 0> Parts;
      (*B)->getBuffer().split(Parts, '\n');
      for (llvm::StringRef P : Parts)
        It->second.push_back(P.rtrim('\r').str());
    }
  if (Line == 0 || Line > It->second.size())
    return nullptr;
  return &It->second[Line - 1];
}

Location SourceLines::advance(const Location &Loc, unsigned Length) {
  Location End = Loc;
  unsigned Left = Length;
  while (const std::string *L = line(End.File, End.Line)) {
    unsigned Room = L->size() + 1 - (End.Column - 1); // +1 for the newline
    if (Left < Room) {
      End.Column += Left;
      return End;
    }
    Left -= Room;
    ++End.Line;
    End.Column = 1;
  }
  return End;
}

} // namespace decouple
