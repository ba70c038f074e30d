//===- CommandSanitizer.h - A compile command that cannot run code -*- C++ -*-===//
//
// decouple parses every TU in process with its own Clang 22 and never runs a
// program or loads a library that a compile database names. This file turns
// a command from the database into one that is safe to hand to Clang's
// driver:
//
//  - response files (@file) are expanded first, relative to the entry's
//    directory, so that nothing below can hide in one; any left (unreadable,
//    or nested too deep) are dropped;
//  - a launcher or wrapper in argv[0] (ccache, distcc, a script) and the
//    compiler it names are replaced by Clang 22's own driver (clang, clang++
//    or clang-cl, picked from the name); we never execute them;
//  - flags that load code (-fplugin=, -fpass-plugin=, -fplugin-arg-*, and
//    -load/-plugin/-add-plugin/-plugin-arg-* forwarded with -Xclang,
//    -Xpreprocessor, -Xanalyzer or -Wp,) are removed, and so is every
//    -mllvm option (process-wide; some write files);
//  - flags that pick other programs or configuration (-B, --prefix,
//    --driver-mode= other than gcc/g++/cl, -ccc-*, --config*,
//    -fuse-ld=, -no-integrated-as) are removed, and --no-default-config is
//    added so no clang config file next to a binary is read.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_COMMANDSANITIZER_H
#define DECOUPLE_DRIVER_COMMANDSANITIZER_H

#include <string>
#include <vector>

namespace decouple {

/// The argv[0] decouple uses for \p Compiler (the original argv[0] or the
/// compiler after a launcher) and \p File: Clang 22's clang, clang++ or
/// clang-cl, by absolute path.
std::string safeDriverFor(const std::string &Compiler, const std::string &File);

/// Returns \p Args without response files, launchers, and flags that load
/// code or pick other programs. \p Removed is set when anything was dropped.
std::vector<std::string> neutralizeCommand(std::vector<std::string> Args,
                                           const std::string &Directory,
                                           const std::string &File,
                                           bool &Removed);

} // namespace decouple

#endif
