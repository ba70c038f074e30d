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

namespace {
/// \p Path made absolute against \p NormalBase (normalised; the working
/// directory when empty), "." and ".." removed: no file system look-up.
llvm::SmallString<256> lexicallyAbsolute(llvm::StringRef Path,
                                         llvm::StringRef NormalBase) {
  llvm::SmallString<256> P(Path);
  if (llvm::sys::path::is_relative(P)) {
    if (NormalBase.empty())
      llvm::sys::fs::make_absolute(P);
    else
      llvm::sys::path::make_absolute(NormalBase, P);
  }
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return P;
}

/// \p P (lexically absolute) with symlinks resolved where it exists.
std::string resolveSymlinks(llvm::StringRef P) {
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
} // namespace

std::string normalizePath(llvm::StringRef Path, llvm::StringRef Base) {
  std::string NormalBase;
  if (!Base.empty() && llvm::sys::path::is_relative(Path))
    NormalBase = normalizePath(Base);
  llvm::SmallString<256> P = lexicallyAbsolute(Path, NormalBase);
  return ResolveSymlinks ? resolveSymlinks(P) : std::string(P);
}

std::string PathNormalizer::operator()(llvm::StringRef Path,
                                       llvm::StringRef Base) {
  std::string NormalBase;
  if (!Base.empty() && llvm::sys::path::is_relative(Path)) {
    auto [It, New] = Bases.try_emplace(Base);
    if (New)
      It->second = normalizePath(Base);
    NormalBase = It->second;
  }
  llvm::SmallString<256> P = lexicallyAbsolute(Path, NormalBase);
  if (!ResolveSymlinks)
    return std::string(P);
  llvm::StringRef Parent = llvm::sys::path::parent_path(P);
  llvm::StringRef Name = llvm::sys::path::filename(P);
  if (Parent.empty() || Parent == P || Name.empty() || Name == "." ||
      Name == "..")
    return resolveSymlinks(P);
  auto [It, New] = Real.try_emplace(Parent);
  if (New) {
    llvm::SmallString<256> R;
    if (!llvm::sys::fs::real_path(Parent, R, false))
      It->second = std::string(R);
  }
  if (!It->second)
    return resolveSymlinks(P);
  // realpath(dir/name) is realpath(dir)/name unless name is a symlink; a
  // name that does not exist resolves through its parent alike.
  llvm::sys::fs::file_status St;
  if (!llvm::sys::fs::status(P, St, /*Follow=*/false) &&
      St.type() == llvm::sys::fs::file_type::symlink_file)
    return resolveSymlinks(P);
  llvm::SmallString<256> Out(*It->second);
  llvm::sys::path::append(Out, Name);
  return std::string(Out);
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
