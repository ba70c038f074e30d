//===- CompileDatabase.h - compile_commands.json, checked and cleaned -*- C++ -*-===//
//
// Loads the compile database with file:line:col errors, drops duplicate TUs,
// and sanitises each command: output, dependency-file plugin, launcher and
// tool-choice flags go (driver/CommandSanitizer: we never run or load what a
// compile command names), -fsyntax-only and
// Clang 22's resource directory come in. The sanitised command is what the
// shard key digests, so renaming an object file does not re-index.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_COMPILEDATABASE_H
#define DECOUPLE_DRIVER_COMPILEDATABASE_H

#include <string>
#include <vector>

namespace decouple {

struct CompileCommand {
  std::string Directory;
  std::string File; // normalised (support/Paths.h)
  std::vector<std::string> Arguments; // sanitised, argv[0] first
  std::string Digest; // index/ShardKey's commandDigest, set by the driver
  bool DroppedPlugins = false;
};

/// The user's edits to every command (--extra-arg, --extra-arg-before,
/// --remove-arg), applied before the sanitising, so they are in the key.
struct CommandEdits {
  std::vector<std::string> Append, Prepend, RemovePrefixes;
};

struct CompileDatabase {
  std::string Path;
  std::vector<CompileCommand> Commands;
  unsigned Duplicates = 0; // same file and directory listed again: ignored
};

/// Loads <dir>/compile_commands.json (or the file itself). Errors go to
/// \p Errors as "file:line:col: error: ...".
bool loadCompileDatabase(const std::string &DirOrFile, CompileDatabase &Out,
                         std::vector<std::string> &Errors,
                         const CommandEdits &Edits = {});

/// Sanitises one command line (exposed for tests).
std::vector<std::string> sanitizeCommand(std::vector<std::string> Args,
                                         const std::string &Directory,
                                         const std::string &File,
                                         bool &DroppedPlugins,
                                         const CommandEdits &Edits = {});

/// The longest directory that holds every TU: the default project root.
std::string commonSourceRoot(const CompileDatabase &DB);

} // namespace decouple

#endif
