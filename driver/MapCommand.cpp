//===- MapCommand.cpp - decouple map --------------------------------------===//
#include "driver/MapCommand.h"
#include "analysis/ServiceMap.h"
#include "driver/Commands.h"
#include "driver/MapDiff.h"
#include "driver/MapHtml.h"
#include "driver/MapRender.h"
#include "driver/Project.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {
namespace {

bool writeText(const std::string &File, const std::string &Text) {
  if (File.empty() || File == "-") {
    llvm::outs() << Text;
    llvm::outs().flush();
    return true;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(File, EC);
  if (EC) {
    llvm::errs() << File << ": error: " << EC.message() << "\n";
    return false;
  }
  OS << Text;
  return true;
}

/// Graphviz's `dot -Tsvg`, found on PATH.
bool renderSvg(const std::string &Dot, std::string &Svg) {
  auto Dot_ = llvm::sys::findProgramByName("dot");
  if (!Dot_) {
    llvm::errs() << "decouple: error: --format svg needs Graphviz's 'dot' on "
                    "PATH (Debian: apt-get install graphviz; scripts/setup-map.sh)\n";
    return false;
  }
  llvm::SmallString<128> In, Out, Err;
  int InFd;
  if (llvm::sys::fs::createTemporaryFile("decouple-map", "dot", InFd, In) ||
      llvm::sys::fs::createTemporaryFile("decouple-map", "svg", Out) ||
      llvm::sys::fs::createTemporaryFile("decouple-map", "err", Err)) {
    llvm::errs() << "decouple: error: cannot create a temporary file\n";
    return false;
  }
  {
    llvm::raw_fd_ostream OS(InFd, /*shouldClose=*/true);
    OS << Dot;
  }
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(In), llvm::StringRef(Out),
                                                llvm::StringRef(Err)};
  std::string Message;
  int Rc = llvm::sys::ExecuteAndWait(*Dot_, {*Dot_, "-Tsvg"}, std::nullopt, Redirects,
                                     0, 0, &Message);
  bool Ok = Rc == 0;
  if (Ok) {
    auto Buf = llvm::MemoryBuffer::getFile(Out);
    Ok = bool(Buf);
    if (Ok)
      Svg = (*Buf)->getBuffer().str();
  } else {
    auto ErrText = llvm::MemoryBuffer::getFile(Err);
    llvm::errs() << "decouple: error: " << *Dot_ << " -Tsvg failed (exit " << Rc
                 << ")" << (Message.empty() ? "" : ": " + Message) << "\n"
                 << (ErrText ? (*ErrText)->getBuffer() : "");
  }
  for (const auto &F : {In, Out, Err})
    llvm::sys::fs::remove(F);
  return Ok;
}

} // namespace

bool isMapFormat(const std::string &F) {
  return F == "json" || F == "dot" || F == "mermaid" || F == "svg" || F == "html";
}

int writeOrDiffMap(const Options &O, const ProjectSession &S, const Analysis &A,
                   const std::vector<Finding> &Findings) {
  double Hop = O.HopAvailability > 0        ? O.HopAvailability
               : S.Config.HopAvailability > 0 ? S.Config.HopAvailability
                                              : 0.999;
  ServiceMap Map = buildServiceMap(A, Hop);
  nlohmann::json J = mapToJson(Map, Findings, S.ProjectRoot, DECOUPLE_VERSION);
  if (!O.DiffFile.empty()) {
    std::vector<RuntimeEdge> Runtime;
    std::string Error;
    if (!loadRuntimeGraph(O.DiffFile, Runtime, Error)) {
      llvm::errs() << Error << "\n";
      return ExitUsage;
    }
    MapDifferences D = diffMap(J, Runtime, S.Config, O.DiffFile, llvm::outs());
    llvm::errs() << "decouple: map diff: " << D.RuntimeOnly << " runtime-only, "
                 << D.CodeOnly << " code-only, " << D.KindDiffers
                 << " kind-differs edge(s)\n";
    return D.total() ? ExitFindings : ExitClean;
  }
  std::string Format = O.Format == "text" ? "json" : O.Format;
  std::string Text;
  if (Format == "json")
    Text = J.dump(2) + "\n";
  else if (Format == "dot")
    Text = mapToDot(J);
  else if (Format == "mermaid")
    Text = mapToMermaid(J);
  else if (Format == "svg") {
    if (!renderSvg(mapToDot(J), Text))
      return ExitUsage;
  } else { // html: the offline page (docs/map-page.md)
    llvm::Expected<std::string> Page = renderMapHtml(J.dump());
    if (!Page) {
      llvm::errs() << "decouple: error: " << llvm::toString(Page.takeError()) << "\n";
      return ExitUsage;
    }
    Text = std::move(*Page);
  }
  return writeText(O.OutputFile, Text) ? ExitClean : ExitUsage;
}

namespace {

/// decouple map: the linked program's service map, from -p <build> (as
/// check) or from merge's index directories.
int mapOf(const Options &O, const ProjectSession &S, const ProgramGraph &G,
          const FileFilter &Filter) {
  CheckedProgram P;
  if (!checkProgram(O, S, G, Filter, false, P))
    return ExitUsage;
  return writeOrDiffMap(O, S, *P.A, std::move(P.Findings));
}

} // namespace

int runMap(const Options &O) {
  std::vector<Shard> Shards;
  if (!O.BuildDir.empty()) {
    Project P;
    if (!openProject(O, P))
      return ExitUsage;
    updateIndex(O, P, Shards);
    FileFilter Filter;
    if (!Filter.build(O.Positional, Shards))
      return ExitUsage;
    return mapOf(O, P.Session, link(std::move(Shards)), Filter);
  }
  ProjectSession S;
  if (!openShardDirs(O, Shards, S))
    return ExitUsage;
  return mapOf(O, S, link(std::move(Shards)), FileFilter());
}

} // namespace decouple
