//===- TuAnalysis.cpp -----------------------------------------------------===//
#include "integrations/tidy/TuAnalysis.h"
#include "index/Extractor.h"
#include "index/LinkedProgramCache.h"
#include "support/Paths.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cstdlib>
#include <map>
#include <mutex>

namespace decouple {

namespace {

std::string mainFileOf(const clang::SourceManager &SM) {
  if (auto F = SM.getFileEntryRefForID(SM.getMainFileID())) {
    llvm::StringRef Real = F->getFileEntry().tryGetRealPathName();
    return normalizePath(Real.empty() ? F->getName() : Real);
  }
  return "";
}

/// An Analysis with what it refers to (Analysis holds references).
struct HeldAnalysis {
  HeldAnalysis(std::shared_ptr<const ProgramGraph> G,
               std::shared_ptr<const OpenSession> S)
      : Graph(std::move(G)), Open(std::move(S)),
        Result(*Graph, Open->Session.Rules, Open->Session.Config) {}
  std::shared_ptr<const ProgramGraph> Graph;
  std::shared_ptr<const OpenSession> Open;
  Analysis Result;
};

std::shared_ptr<const Analysis>
analyse(std::shared_ptr<const ProgramGraph> Graph,
        std::shared_ptr<const OpenSession> Open) {
  auto H = std::make_shared<const HeldAnalysis>(std::move(Graph), std::move(Open));
  return std::shared_ptr<const Analysis>(H, &H->Result);
}

LinkedProgramCache &programs() {
  static LinkedProgramCache Cache;
  return Cache;
}

/// The Analysis of an index's whole linked program under a session: made
/// once per refreshed program and session, shared by every TU that matches
/// its shard.
std::shared_ptr<const Analysis>
programAnalysis(const std::shared_ptr<const LinkedProgramCache::Program> &P,
                std::shared_ptr<const ProgramGraph> Graph,
                const std::shared_ptr<const OpenSession> &Open) {
  struct Made {
    std::shared_ptr<const LinkedProgramCache::Program> Program;
    std::shared_ptr<const OpenSession> Open;
    std::shared_ptr<const Analysis> Result;
  };
  static std::mutex Lock;
  static std::map<std::string, Made> ByDir;
  std::lock_guard<std::mutex> Guard(Lock);
  Made &M = ByDir[P->Dir];
  if (M.Program != P || M.Open != Open)
    M = {P, Open, analyse(std::move(Graph), Open)};
  return M.Result;
}

/// DECOUPLE_TRACE_INDEX=1 logs what each TU did with the index, to stderr
/// (clangd's log): what a refresh read, whether the linked program was
/// reused, and how long the per-TU pass took. Tests and
/// bench/clangd_fastcheck.py read it.
bool traceIndex() {
  static const bool On = [] {
    const char *V = std::getenv("DECOUPLE_TRACE_INDEX");
    return V && *V && std::string(V) != "0";
  }();
  return On;
}

std::unique_ptr<TuAnalysis> build(clang::ASTContext &Ctx,
                                  const std::string &IndexDirOption) {
  auto Started = std::chrono::steady_clock::now();
  auto T = std::make_unique<TuAnalysis>();
  std::string MainFile = mainFileOf(Ctx.getSourceManager());
  T->Open = sessionFor(llvm::sys::path::parent_path(MainFile).str());

  ExtractOptions Options;
  Options.DigestIncludes = false;
  TuSummary Live = extractSummary(Ctx, T->session().Rules, Options);
  T->IndexDir = findIndexDirFor(MainFile, IndexDirOption, T->session().Config);
  std::shared_ptr<const LinkedProgramCache::Program> Program;
  if (!T->IndexDir.empty())
    Program = programs().refresh(T->IndexDir);
  T->Graph = LinkedProgramCache::graphFor(Program, Live, &T->ReusedProgram);
  if (traceIndex() && Program)
    llvm::errs() << "decouple: " << MainFile << ": index " << Program->Dir
                 << " (" << Program->Shards.size() << " shards; last refresh read "
                 << Program->ShardsRead << ", kept " << Program->ShardsKept
                 << ", dropped " << Program->ShardsDropped << "): linked program "
                 << (T->ReusedProgram ? "reused" : "relinked with this TU")
                 << "\n";
  T->Result = T->ReusedProgram ? programAnalysis(Program, T->Graph, T->Open)
                               : analyse(T->Graph, T->Open);
  // Once per TU, whichever coupling checks are on: what all of them share.
  if (traceIndex())
    llvm::errs() << "decouple: " << MainFile << ": per-TU pass "
                 << std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now() - Started)
                        .count()
                 << " us\n";
  return T;
}

thread_local std::unique_ptr<TuAnalysis> Current;

} // namespace

void startTranslationUnit() { Current.reset(); }

const TuAnalysis &analysisFor(clang::ASTContext &Ctx,
                              const std::string &IndexDirOption) {
  if (!Current)
    Current = build(Ctx, IndexDirOption);
  return *Current;
}

} // namespace decouple
