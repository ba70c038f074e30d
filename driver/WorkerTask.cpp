//===- WorkerTask.cpp - A TU's task as the worker launcher carries it ----===//
#include "driver/WorkerTask.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Path.h"

namespace decouple {

std::string workerTask(const CompileCommand &C, const SharedPreambleUse *Use) {
  std::string B = C.Directory + '\0' + C.File + '\0' + C.Digest + '\0' +
                  std::to_string(Use ? 1 + Use->Lines.size() : 0);
  if (Use) {
    B += '\0' + Use->PchPath;
    for (const std::string &L : Use->Lines)
      B += '\0' + L;
  }
  for (const std::string &A : C.Arguments)
    B += '\0' + A;
  return B;
}

CompileCommand taskFromBytes(llvm::StringRef B,
                             std::optional<SharedPreambleUse> &Use) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  B.split(Parts, '\0');
  CompileCommand C;
  auto Part = [&](size_t I) {
    return I < Parts.size() ? Parts[I].str() : std::string();
  };
  C.Directory = Part(0);
  C.File = Part(1);
  C.Digest = Part(2);
  size_t Shared = 0;
  llvm::StringRef(Part(3)).getAsInteger(10, Shared);
  size_t First = 4 + Shared;
  if (Shared > 0 && First <= Parts.size()) {
    Use.emplace();
    Use->PchPath = Part(4);
    for (size_t I = 5; I < First; ++I)
      Use->Lines.push_back(Part(I));
    llvm::SmallString<256> Meta(Use->PchPath);
    llvm::sys::path::replace_extension(Meta, ".meta");
    if (!readSharedPreambleMeta(std::string(Meta), Use->Meta))
      Use.reset(); // gone or unreadable: parse without it
  }
  for (size_t I = First; I < Parts.size(); ++I)
    C.Arguments.push_back(Parts[I].str());
  return C;
}

} // namespace decouple
