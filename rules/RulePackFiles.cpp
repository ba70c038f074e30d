//===- RulePackFiles.cpp - Finding, reading and hashing pack files -------===//
#include "rules/RuleSet.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>

namespace decouple {

bool loadRulePack(const std::string &Path, RuleSet &Set,
                  std::vector<std::string> &Errors) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Errors.push_back(Path + ": error: cannot read rule file: " +
                     Buffer.getError().message());
    return false;
  }
  return parseRulePack((*Buffer)->getBuffer(), Path, Set, Errors);
}

bool loadRulePackDir(const std::string &Dir, RuleSet &Set,
                     std::vector<std::string> &Errors) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".json"))
      Files.push_back(It->path());
  if (EC) {
    Errors.push_back(Dir + ": error: cannot list rule directory: " +
                     EC.message());
    return false;
  }
  std::sort(Files.begin(), Files.end());
  bool Ok = true;
  for (const std::string &F : Files)
    Ok &= loadRulePack(F, Set, Errors);
  return Ok;
}

std::string builtinRulesDir() {
  if (const char *Env = std::getenv("DECOUPLE_RULES_DIR"))
    return Env;
  // dladdr finds the file that holds this code: the CLI, the clang-tidy
  // plugin or decouple-clangd, wherever it was installed.
  Dl_info Info;
  if (dladdr(reinterpret_cast<void *>(&builtinRulesDir), &Info) &&
      Info.dli_fname) {
    llvm::SmallString<256> Dir(llvm::sys::path::parent_path(
        llvm::sys::path::parent_path(Info.dli_fname)));
    llvm::sys::path::append(Dir, "share", "decouple", "rules");
    if (llvm::sys::fs::is_directory(Dir))
      return std::string(Dir);
  }
  return DECOUPLE_SOURCE_RULES_DIR;
}

std::string RuleSet::digest() const {
  std::string All;
  for (uint64_t D : TextDigests)
    All += llvm::utohexstr(D) + ";";
  return llvm::utohexstr(llvm::xxh3_64bits(All));
}

} // namespace decouple
