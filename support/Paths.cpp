//===- Paths.cpp ----------------------------------------------------------===//
#include "support/Paths.h"
#include "support/SymlinkPolicy.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace decouple {

namespace {
bool ResolveSymlinks = true;
} // namespace

void setResolveSymlinks(bool Resolve) { ResolveSymlinks = Resolve; }
bool resolvesSymlinks() { return ResolveSymlinks; }

std::string normalizePath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> P(Path);
  if (llvm::sys::path::is_relative(P)) {
    if (Base.empty())
      llvm::sys::fs::make_absolute(P);
    else
      llvm::sys::path::make_absolute(normalizePath(Base), P);
  }
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  if (!ResolveSymlinks)
    return std::string(P);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(P, Real, /*expand_tilde=*/false))
    return std::string(Real);
  // A file that does not exist (yet): resolve its nearest existing parent.
  llvm::StringRef Parent = llvm::sys::path::parent_path(P);
  if (!Parent.empty() && Parent != P &&
      !llvm::sys::fs::real_path(Parent, Real, false)) {
    llvm::sys::path::append(Real, llvm::sys::path::filename(P));
    return std::string(Real);
  }
  return std::string(P);
}

bool isUnderDirectory(llvm::StringRef Path, llvm::StringRef Dir) {
  Dir = Dir.rtrim('/');
  if (Dir.empty())
    return Path.starts_with("/");
  return Path == Dir || (Path.starts_with(Dir) && Path.size() > Dir.size() &&
                         Path[Dir.size()] == '/');
}

std::string relativeToRoot(llvm::StringRef Path, llvm::StringRef Root) {
  Root = Root.rtrim('/');
  if (Root.empty() || !isUnderDirectory(Path, Root) || Path == Root)
    return Path.str();
  return Path.drop_front(Root.size() + 1).str();
}

std::string resolveFromRoot(llvm::StringRef Stored, llvm::StringRef Root) {
  if (Stored.empty() || Root.empty() || llvm::sys::path::is_absolute(Stored))
    return Stored.str();
  llvm::SmallString<256> P(Root);
  llvm::sys::path::append(P, Stored);
  return std::string(P);
}

std::string relativePath(llvm::StringRef From, llvm::StringRef To) {
  llvm::SmallVector<llvm::StringRef, 16> A, B;
  From.trim('/').split(A, '/', -1, false);
  To.trim('/').split(B, '/', -1, false);
  size_t Same = 0;
  while (Same < A.size() && Same < B.size() && A[Same] == B[Same])
    ++Same;
  llvm::SmallString<256> Out;
  for (size_t I = Same; I < A.size(); ++I)
    llvm::sys::path::append(Out, "..");
  for (size_t I = Same; I < B.size(); ++I)
    llvm::sys::path::append(Out, B[I]);
  return Out.empty() ? "." : std::string(Out);
}

void CommonDirectory::add(llvm::StringRef File) {
  std::string Parent = llvm::sys::path::parent_path(File).str();
  if (!Any) {
    Dir = Parent;
    Any = true;
    return;
  }
  while (!Dir.empty() && !isUnderDirectory(Parent, Dir))
    Dir = llvm::sys::path::parent_path(Dir).str();
}

} // namespace decouple
