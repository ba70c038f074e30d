//===- ExtractAction.cpp --------------------------------------------------===//
#include "index/ExtractAction.h"
#include "index/AstHelpers.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

using namespace clang;

namespace decouple {

bool isGeneratedFile(llvm::StringRef Path) {
  static const llvm::StringRef Suffixes[] = {
#define GENERATED_FILE_SUFFIX(Suffix) Suffix,
#include "index/FrameworkVocabulary.def"
  };
  static const llvm::StringRef Dirs[] = {
#define GENERATED_FILE_DIR(Part) Part,
#include "index/FrameworkVocabulary.def"
  };
  return llvm::any_of(Suffixes,
                      [&](llvm::StringRef S) { return Path.ends_with(S); }) ||
         llvm::any_of(Dirs,
                      [&](llvm::StringRef D) { return Path.contains(D); });
}

bool isProjectFile(llvm::StringRef Path, bool System,
                   const ExtractOptions &Options) {
  return !System && !isGeneratedFile(Path) &&
         (Options.ProjectRoot.empty() || Path.starts_with(Options.ProjectRoot));
}

// --- TuFiles
// ------------------------------------------------------------------

const std::pair<std::string, bool> &TuFiles::fileInfo(FileID ID) {
  auto [It, Inserted] = Files.try_emplace(ID);
  if (Inserted) {
    if (auto F = SM.getFileEntryRefForID(ID)) {
      It->second.first = pathOf(*F);
      bool System = SrcMgr::isSystem(
          SM.getFileCharacteristic(SM.getLocForStartOfFile(ID)));
      It->second.second = isProjectFile(It->second.first, System, Options);
    }
  }
  return It->second;
}

bool TuFiles::isProject(SourceLocation L) {
  return fileInfo(SM.getFileID(SM.getExpansionLoc(L))).second;
}

Location TuFiles::locOf(SourceLocation L) {
  Location Loc;
  L = SM.getExpansionLoc(L);
  if (L.isInvalid())
    return Loc;
  std::pair<FileID, unsigned> D = SM.getDecomposedLoc(L);
  Loc.File = fileInfo(D.first).first;
  Loc.Line = SM.getLineNumber(D.first, D.second);
  Loc.Column = SM.getColumnNumber(D.first, D.second);
  return Loc;
}

std::vector<IncludedFile>
TuFiles::digestIncludes(const std::string &MainFile) const {
  std::vector<IncludedFile> Includes;
  for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End;
       ++It) {
    IncludedFile F;
    F.Path = pathOf(It->first);
    if (auto Buffer = SM.getMemoryBufferForFileOrNone(It->first))
      F.Digest = llvm::xxh3_64bits(Buffer->getBuffer());
    Includes.push_back(std::move(F));
  }
  std::sort(Includes.begin(), Includes.end(),
            [&](const IncludedFile &A, const IncludedFile &B) {
              bool AMain = A.Path == MainFile, BMain = B.Path == MainFile;
              if (AMain != BMain)
                return AMain;
              return A.Path < B.Path;
            });
  Includes.erase(std::unique(Includes.begin(), Includes.end(),
                             [](const IncludedFile &A, const IncludedFile &B) {
                               return A.Path == B.Path;
                             }),
                 Includes.end());
  return Includes;
}

// --- the frontend action
// ------------------------------------------------------

namespace {

class ExtractConsumer : public ASTConsumer {
public:
  ExtractConsumer(CompilerInstance &CI, const RuleSet &Rules,
                  const ExtractOptions &Options,
                  std::function<void(TuSummary)> &Sink)
      : CI(CI), Rules(Rules), Options(Options), Sink(Sink) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    TuSummary Summary = extractSummary(Ctx, Rules, Options);
    Summary.ErrorCount = CI.getDiagnostics().getClient()->getNumErrors();
    Sink(std::move(Summary));
  }

  // Bodies outside the project cannot hold request paths; skipping them is
  // most of the speed-up over a full parse.
  bool shouldSkipFunctionBody(Decl *D) override {
    SourceManager &SM = CI.getSourceManager();
    SourceLocation L = SM.getExpansionLoc(D->getLocation());
    if (L.isInvalid())
      return false;
    FileID ID = SM.getFileID(L);
    auto [It, Inserted] = Skip.try_emplace(ID, true);
    if (Inserted && !SM.isInSystemHeader(L))
      if (auto F = SM.getFileEntryRefForID(ID)) {
        It->second = !isProjectFile(pathOf(*F), /*System=*/false, Options);
      }
    return It->second;
  }

private:
  CompilerInstance &CI;
  const RuleSet &Rules;
  const ExtractOptions &Options;
  std::function<void(TuSummary)> &Sink;
  llvm::DenseMap<FileID, bool> Skip;
};

} // namespace

bool ExtractAction::BeginInvocation(CompilerInstance &CI) {
  CI.getFrontendOpts().SkipFunctionBodies = true;
  CI.getDiagnosticOpts().IgnoreWarnings = true;
  return true;
}

std::unique_ptr<ASTConsumer>
ExtractAction::CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) {
  return std::make_unique<ExtractConsumer>(CI, Rules, Options, Sink);
}

} // namespace decouple
