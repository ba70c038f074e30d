//===- ExtractCommand.cpp - decouple extract ------------------------------===//
//
// Hermetic: everything the shard depends on is on the command line or in the
// files it names (the source, its headers, the rule packs, the config and
// the decouple binary itself), so a build system's action key covers it.
// Deterministic: the shard holds no time, host or absolute path below the
// project root, so the same inputs give the same bytes on any worker.
//
//===----------------------------------------------------------------------===//
#include "driver/ExtractCommand.h"
#include "driver/CompileDatabase.h"
#include "driver/Indexer.h"
#include "index/ShardKey.h"
#include "session/ProjectSession.h"
#include "support/Paths.h"
#include "support/SymlinkPolicy.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {

namespace {

bool isSourceFile(llvm::StringRef Arg) {
  return llvm::StringSwitch<bool>(llvm::sys::path::extension(Arg))
      .Cases(".cc", ".cpp", ".cxx", ".c++", ".C", true)
      .Cases(".c", ".cu", ".m", ".mm", true)
      .Default(false);
}

/// Options whose next argument is a value, not an input file.
bool takesValue(llvm::StringRef Arg) {
  return llvm::StringSwitch<bool>(Arg)
      .Cases("-o", "-MF", "-MT", "-MQ", "-include", "-imacros", true)
      .Cases("-x", "-Xclang", "-Xpreprocessor", "-isystem", "-iquote", true)
      .Cases("-I", "-D", "-U", "-idirafter", "-isysroot", "--sysroot", true)
      .Cases("-target", "--target", "-main-file-name", "-dependency-file", true)
      .Default(false);
}

} // namespace

std::string sourceOfCommand(const std::vector<std::string> &Args,
                            std::string &Error) {
  std::vector<std::string> Found;
  for (size_t I = 1; I < Args.size(); ++I) {
    if (takesValue(Args[I])) {
      ++I;
      continue;
    }
    if (Args[I].empty() || Args[I][0] == '-')
      continue;
    if (isSourceFile(Args[I]))
      Found.push_back(Args[I]);
  }
  if (Found.size() == 1)
    return Found.front();
  Error = Found.empty() ? "the compile command names no source file (.cc, "
                          ".cpp, .cxx, .c ...)"
                        : "the compile command names " +
                              std::to_string(Found.size()) +
                              " source files; extract takes one TU";
  return "";
}

int runExtract(const Options &O) {
  if (O.OutputFile.empty())
    return usage("'extract' needs --output <shard>"), ExitUsage;
  if (O.CompileArgs.empty())
    return usage("'extract' needs a compile command after '--'"), ExitUsage;
  std::string Error;
  std::string Source = sourceOfCommand(O.CompileArgs, Error);
  if (Source.empty())
    return usage(Error), ExitUsage;
  // Keep the sandbox's names: its inputs are symlinks into the real tree,
  // whose location differs per machine.
  setResolveSymlinks(false);
  std::string Here = normalizePath(".");

  SessionRequest R;
  R.ConfigFile = O.ConfigFile;
  R.ExtraRuleFiles = O.RuleFiles;
  R.ProjectRoot = O.ProjectRoot;
  R.DefaultRoot = Here;
  R.SearchFrom = O.ProjectRoot.empty() ? Here : O.ProjectRoot;
  R.ReadClangTidyFiles = false; // extraction needs rules, not check options
  ProjectSession S;
  std::vector<std::string> Errors;
  bool Opened = S.open(R, Errors);
  for (const std::string &E : Errors)
    llvm::errs() << E << "\n";
  if (!Opened)
    return ExitUsage;

  CompileCommand C;
  C.Directory = Here;
  C.File = normalizePath(Source, Here);
  if (!llvm::sys::fs::is_regular_file(C.File)) {
    llvm::errs() << Source << ": error: no such source file\n";
    return ExitUsage;
  }
  C.Arguments = sanitizeCommand(O.CompileArgs, C.Directory, C.File, C.DroppedPlugins);
  // The command digest writes the root as a placeholder: the key, like the
  // paths, is the same in every sandbox.
  C.Digest = commandDigest(C.Directory, C.Arguments, S.IndexRoot);
  std::string Output = normalizePath(O.OutputFile, Here);
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Output));
  ShardStore Store("", S.IndexRoot);
  if (!extractOne(C, S.Rules, Store, S.ProjectRoot, Error, Output)) {
    llvm::errs() << Source << ": error: " << Error << "\n";
    return ExitUsage;
  }
  return ExitClean;
}

} // namespace decouple
