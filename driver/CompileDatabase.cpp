//===- CompileDatabase.cpp ------------------------------------------------===//
#include "driver/CompileDatabase.h"
#include "driver/CommandSanitizer.h"
#include "support/JsonDocument.h"
#include "support/Paths.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <set>

namespace decouple {

std::vector<std::string> sanitizeCommand(std::vector<std::string> Args,
                                         const std::string &Directory,
                                         const std::string &File,
                                         bool &DroppedPlugins,
                                         const CommandEdits &Edits) {
  using namespace clang::tooling;
  // (Each adjuster copies the command: none runs for no edit.)
  if (!Args.empty() && !Edits.Prepend.empty())
    Args = getInsertArgumentAdjuster(Edits.Prepend, ArgumentInsertPosition::BEGIN)(Args, File);
  if (!Args.empty() && !Edits.Append.empty())
    Args = getInsertArgumentAdjuster(Edits.Append,
                                     ArgumentInsertPosition::END)(Args, File);
  // No plugin, launcher, response file or tool choice survives this.
  CommandLineArguments Out =
      neutralizeCommand(std::move(Args), Directory, File, DroppedPlugins);
  // --remove-arg sees the flags as Clang will: after @file expansion, so a
  // GCC-only flag inside a response file is removed too.
  if (!Out.empty() && !Edits.RemovePrefixes.empty())
    Out.erase(std::remove_if(Out.begin() + 1, Out.end(),
                             [&](const std::string &A) {
                               return llvm::any_of(Edits.RemovePrefixes, [&](const std::string &P) {
                                 return llvm::StringRef(A).starts_with(P);
                               });
                             }),
              Out.end());
  Out = combineAdjusters(
      getClangStripOutputAdjuster(),
      combineAdjusters(getClangStripDependencyFileAdjuster(),
                       getClangSyntaxOnlyAdjuster()))(Out, File);
  bool HasResourceDir = false;
  for (const std::string &A : Out)
    HasResourceDir |= llvm::StringRef(A).starts_with("-resource-dir");
  if (!HasResourceDir)
    Out.insert(Out.begin() + 1, "-resource-dir=" DECOUPLE_CLANG_RESOURCE_DIR);
  // GCC-only warning flags in a database made for g++ must not stop us.
  Out.insert(Out.begin() + 1, "-Wno-unknown-warning-option");
  return Out;
}

bool loadCompileDatabase(const std::string &DirOrFile, CompileDatabase &Out,
                         std::vector<std::string> &Errors,
                         const CommandEdits &Edits) {
  llvm::SmallString<256> Path(DirOrFile);
  if (llvm::sys::fs::is_directory(Path))
    llvm::sys::path::append(Path, "compile_commands.json");
  Out.Path = std::string(Path);
  if (!llvm::sys::fs::exists(Path)) {
    Errors.push_back(Out.Path +
                     ": error: no compile database here; configure your "
                     "build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or use "
                     "bear) and pass its directory with -p");
    return false;
  }
  // Positions are only for errors: parsed without them, and again with
  // them when there is one to report (a 100,000-entry database would
  // otherwise record a position for each of its million values).
  JsonDocument Doc;
  std::string Error;
  if (!loadJsonDocument(Out.Path, Doc, Error, /*KeepPositions=*/false)) {
    Errors.push_back(Error.insert(Error.find(": ") + 2, "error: "));
    return false;
  }
  std::vector<std::pair<std::string, std::string>> Problems; // pointer, what
  auto Report = [&] {
    if (Problems.empty())
      return true;
    JsonDocument WithPositions;
    if (!loadJsonDocument(Out.Path, WithPositions, Error))
      WithPositions.FileName = Out.Path;
    for (const auto &[Where, What] : Problems)
      Errors.push_back(WithPositions.where(Where) + ": error: " + What);
    return false;
  };
  if (!Doc.Value.is_array()) {
    Problems.push_back({"", "expected an array of compile commands"});
    return Report();
  }
  std::set<std::pair<std::string, std::string>> Seen;
  PathNormalizer Normalize;
  for (size_t I = 0; I < Doc.Value.size(); ++I) {
    const nlohmann::json &E = Doc.Value[I];
    std::string P = "/" + std::to_string(I);
    auto Bad = [&](const std::string &Where, const std::string &What) {
      Problems.push_back({Where, What});
    };
    if (!E.is_object()) {
      Bad(P, "expected an object with \"directory\", \"file\" and "
             "\"arguments\" or \"command\"");
      continue;
    }
    if (!E.contains("directory") || !E["directory"].is_string()) {
      Bad(P, "missing \"directory\" (a string)");
      continue;
    }
    if (!E.contains("file") || !E["file"].is_string()) {
      Bad(P, "missing \"file\" (a string)");
      continue;
    }
    CompileCommand C;
    // A relative directory is taken relative to the database itself.
    C.Directory = Normalize(E["directory"].get<std::string>(),
                            llvm::sys::path::parent_path(Out.Path));
    C.File = Normalize(E["file"].get<std::string>(), C.Directory);
    std::vector<std::string> Args;
    if (E.contains("arguments")) {
      const nlohmann::json &A = E["arguments"];
      if (!A.is_array() || A.empty()) {
        Bad(P + "/arguments", "expected a non-empty array of strings");
        continue;
      }
      for (size_t J = 0; J < A.size(); ++J)
        if (A[J].is_string())
          Args.push_back(A[J].get<std::string>());
        else
          Bad(P + "/arguments/" + std::to_string(J), "expected a string");
      if (Args.size() != A.size())
        continue;
    } else if (E.contains("command") && E["command"].is_string()) {
      llvm::BumpPtrAllocator Alloc;
      llvm::StringSaver Saver(Alloc);
      llvm::SmallVector<const char *, 64> Tokens;
      llvm::cl::TokenizeGNUCommandLine(E["command"].get<std::string>(), Saver,
                                       Tokens);
      for (const char *T : Tokens)
        Args.push_back(T);
    } else {
      Bad(P, "missing \"arguments\" (an array) or \"command\" (a string)");
      continue;
    }
    if (Args.empty()) {
      Bad(P, "empty compile command");
      continue;
    }
    if (!Seen.insert({C.File, C.Directory}).second) {
      ++Out.Duplicates;
      continue;
    }
    C.Arguments = sanitizeCommand(std::move(Args), C.Directory, C.File,
                                  C.DroppedPlugins, Edits);
    Out.Commands.push_back(std::move(C));
  }
  return Report();
}

std::string commonSourceRoot(const CompileDatabase &DB) {
  CommonDirectory Root;
  for (const CompileCommand &C : DB.Commands)
    Root.add(C.File);
  return Root.get();
}

} // namespace decouple
