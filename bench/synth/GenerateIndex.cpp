//===- GenerateIndex.cpp - An up-to-date index of a program never parsed ---===//
//
//   decouple-gen-index --tus N --out DIR [--functions-per-tu K]
//                      [--calls-per-function C] [--tus-per-service S]
//
// Writes DIR/src/.../tuT.cpp (one comment line each), DIR/build/
// compile_commands.json, and an index (DIR/build/.decouple) whose shards
// hold bench/synth/SyntheticProgram's summaries under the keys `decouple
// check -p DIR/build` computes: the same compile-database loading, session
// and digests (driver/Project.h), so check finds every TU up to date and
// parses nothing. Shard keys hold the tool version: run this and check with
// the same DECOUPLE_TOOL_VERSION (bench/scale.py does).
//
//===----------------------------------------------------------------------===//
#include "bench/synth/SyntheticProgram.h"
#include "driver/Project.h"
#include "index/IndexManifest.h"
#include "index/ShardKey.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace decouple;
namespace cl = llvm::cl;

static cl::opt<unsigned long> TuCount("tus", cl::desc("TUs to generate"),
                                      cl::Required);
static cl::opt<std::string> OutDir("out", cl::desc("output directory"),
                                   cl::Required);
static cl::opt<unsigned> FunctionsPerTu("functions-per-tu", cl::init(7));
static cl::opt<unsigned> CallsPerFunction("calls-per-function", cl::init(10));
static cl::opt<unsigned> TusPerService("tus-per-service", cl::init(50));

static bool writeFile(const std::string &Path, const std::string &Text) {
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) {
    llvm::errs() << Path << ": error: " << EC.message() << "\n";
    return false;
  }
  OS << Text;
  return true;
}

static std::string sourcePath(const std::string &Root, size_t T) {
  return Root + "/src/s" + std::to_string(T / 1000) + "/tu" +
         std::to_string(T) + ".cpp";
}

int main(int Argc, char **Argv) {
  cl::ParseCommandLineOptions(Argc, Argv, "writes a synthetic up-to-date index\n");
  if (!std::getenv("DECOUPLE_TOOL_VERSION")) {
    llvm::errs() << "decouple-gen-index: error: set DECOUPLE_TOOL_VERSION, and "
                    "run decouple check with the same value\n";
    return 2;
  }
  ProgramShape Shape;
  Shape.Tus = TuCount;
  Shape.FunctionsPerTu = std::max(1u, unsigned(FunctionsPerTu));
  Shape.CallsPerFunction = CallsPerFunction;
  Shape.TusPerService = std::max(1u, unsigned(TusPerService));

  llvm::SmallString<256> Root(OutDir.getValue());
  llvm::sys::fs::make_absolute(Root);
  std::string Build = std::string(Root) + "/build";
  std::string Db = "[\n";
  for (size_t T = 0; T < Shape.Tus; ++T) {
    std::string File = sourcePath(std::string(Root), T);
    if (!writeFile(File, "// synthetic TU " + std::to_string(T) + "\n"))
      return 2;
    Db += std::string(T ? ",\n" : "") + "{\"directory\": \"" + Build +
          "\", \"file\": \"" + File + "\", \"arguments\": [\"clang++-22\", "
          "\"-std=c++20\", \"-c\", \"" + File + "\"]}";
  }
  if (!writeFile(Build + "/compile_commands.json", Db + "\n]\n"))
    return 2;

  Options O;
  O.Command = "check";
  O.BuildDir = Build;
  Project P;
  if (!openProject(O, P))
    return 2;
  ShardStore Store(P.Session.IndexDir, P.Session.IndexRoot);
  IndexManifest Manifest;
  Manifest.Root = P.Session.IndexRoot;
  Manifest.ProjectRoot = P.Session.ProjectRoot;
  const std::string RulesDigest = P.Session.Rules.digest();
  size_t T = 0;
  for (const CompileCommand &C : P.DB.Commands) {
    // The database lists TU T at position T.
    TuSummary Summary = syntheticTu(Shape, T++, C.File);
    Summary.Includes.front().Digest = fileDigest(C.File).value_or(0);
    Shard S{{C.Digest, RulesDigest, toolVersion()}, std::move(Summary)};
    std::string Path = Store.pathFor(C.File, C.Directory), Error;
    if (!Store.write(Path, S, Error)) {
      llvm::errs() << Path << ": error: " << Error << "\n";
      return 2;
    }
    Manifest.add(Path, S);
  }
  std::string Error;
  if (!Manifest.save(IndexManifest::pathIn(P.Session.IndexDir), Error)) {
    llvm::errs() << "decouple-gen-index: error: " << Error << "\n";
    return 2;
  }
  llvm::outs() << "decouple-gen-index: " << Shape.Tus << " TUs, "
               << Shape.services() << " services, index in "
               << P.Session.IndexDir << "\n";
  return 0;
}
