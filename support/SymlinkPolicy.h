//===- SymlinkPolicy.h - Whether paths resolve symlinks ---------*- C++ -*-===//
//
// Part of support/Paths (defined in Paths.cpp): whether normalizePath and
// the extractor's file names resolve symlinks. On by default, so a
// symlinked checkout names one file. `decouple extract` turns it off for
// its one TU: in a build system's sandbox every input is a symlink into the
// real tree, and the shard must name the paths below the execroot, not the
// tree's, whose location differs per machine.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_SUPPORT_SYMLINKPOLICY_H
#define DECOUPLE_SUPPORT_SYMLINKPOLICY_H

namespace decouple {

void setResolveSymlinks(bool Resolve);
bool resolvesSymlinks();

} // namespace decouple

#endif
