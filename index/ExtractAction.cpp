//===- ExtractAction.cpp --------------------------------------------------===//
#include "index/ExtractAction.h"
#include "index/AstHelpers.h"
#include "index/RuleMatcher.h"
#include "index/SharedPreamble.h"
#include "support/Paths.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

using namespace clang;

namespace decouple {

bool hasGeneratedName(llvm::StringRef Path) {
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

bool isGeneratedFile(llvm::StringRef Path, llvm::StringRef Head) {
  static const llvm::StringRef Markers[] = {
#define GENERATED_FILE_MARKER(Text) Text,
#include "index/FrameworkVocabulary.def"
  };
  return hasGeneratedName(Path) ||
         llvm::any_of(Markers,
                      [&](llvm::StringRef M) { return Head.contains(M); });
}

FileOwner ownerOfFile(llvm::StringRef Path, bool System, llvm::StringRef Head,
                      const ExtractOptions &Options) {
  if (System || (!Options.ProjectRoot.empty() &&
                 !isUnderDirectory(Path, Options.ProjectRoot)))
    return FileOwner::ThirdParty;
  return isGeneratedFile(Path, Head) ? FileOwner::Generated
                                     : FileOwner::Project;
}

llvm::StringRef headOfFile(const SourceManager &SM, FileID ID) {
  auto Data = SM.getBufferDataOrNone(ID);
  return Data ? headOfText(*Data) : "";
}

llvm::StringRef headOfText(llvm::StringRef Data) {
  llvm::StringRef Head = Data.take_front(1024);
  size_t End = 0;
  for (int Line = 0; Line < 5; ++Line) {
    size_t NewLine = Head.find('\n', End);
    if (NewLine == llvm::StringRef::npos)
      return Head;
    End = NewLine + 1;
  }
  return Head.take_front(End);
}

// --- TuFiles
// ------------------------------------------------------------------

const std::pair<std::string, FileOwner> &TuFiles::fileInfo(FileID ID) {
  auto [It, Inserted] = Files.try_emplace(ID, "", FileOwner::ThirdParty);
  if (Inserted) {
    if (auto F = SM.getFileEntryRefForID(ID)) {
      It->second.first = pathOf(*F);
      bool System = SrcMgr::isSystem(
          SM.getFileCharacteristic(SM.getLocForStartOfFile(ID)));
      It->second.second = ownerOfFile(It->second.first, System,
                                      headOfFile(SM, ID), Options);
    }
  }
  return It->second;
}

FileOwner TuFiles::ownerOf(SourceLocation L) {
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

void sortIncludes(std::vector<IncludedFile> &Includes,
                  const std::string &MainFile) {
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
  sortIncludes(Includes, MainFile);
  return Includes;
}

// --- BodySkipper
// -----------------------------------------------------------------

// Bodies outside the project cannot hold request paths; skipping them is
// most of the speed-up over a full parse. The inline bodies of a file that
// only its banner marks generated (a project's own generator) are kept: a
// project call into one is looked through (SummaryBuilder). Those of the
// IDL compilers' files (*.pb.h) are accessors, and the stubs' methods are
// matched by name. A third-party function that runs a callable the project
// passes in (KEPT_BODY) is kept, so that the callable is instantiated.
bool BodySkipper::skip(const Decl *D) {
  SourceLocation L = SM.getExpansionLoc(D->getLocation());
  if (L.isInvalid())
    return false;
  FileID ID = SM.getFileID(L);
  auto [It, Inserted] = Skip.try_emplace(ID, true);
  if (Inserted && !SM.isInSystemHeader(L))
    if (auto F = SM.getFileEntryRefForID(ID)) {
      FileOwner Owner = ownerOfFile(pathOf(*F), /*System=*/false,
                                    headOfFile(SM, ID), Options);
      It->second = Owner == FileOwner::ThirdParty ||
                   (Owner == FileOwner::Generated &&
                    (ID == SM.getMainFileID() || // nothing calls into it
                     hasGeneratedName(pathOf(*F))));
    }
  return It->second && !isKeptBody(D);
}

// The listed functions, matched by their own name first: most skipped
// bodies are not one, and qualifiedName builds a string.
bool BodySkipper::isKeptBody(const Decl *D) {
  static const llvm::StringRef Kept[] = {
#define KEPT_BODY(QualifiedName) QualifiedName,
#include "index/FrameworkVocabulary.def"
  };
  const FunctionDecl *FD = D->getAsFunction();
  if (!FD || !FD->getIdentifier())
    return false;
  llvm::StringRef Name = FD->getName();
  if (llvm::none_of(Kept, [&](llvm::StringRef K) {
        return K.ends_with(Name) && K.drop_back(Name.size()).ends_with("::");
      }))
    return false;
  return llvm::is_contained(Kept, qualifiedName(FD));
}

// --- the frontend action
// ------------------------------------------------------

namespace {

class ExtractConsumer : public ASTConsumer {
public:
  ExtractConsumer(CompilerInstance &CI, const RuleSet &Rules,
                  const ExtractOptions &Options,
                  std::function<void(TuSummary)> &Sink,
                  const SharedPreambleUse *Preamble, std::string *Rejected)
      : CI(CI), Rules(Rules), Options(Options), Sink(Sink),
        Preamble(Preamble), Rejected(Rejected) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    unsigned Errors = CI.getDiagnostics().getClient()->getNumErrors();
    if (Preamble) {
      if (Errors && Rejected->empty())
        *Rejected = "compile errors on the shared header";
      if (!Rejected->empty())
        return;
    }
    if (Preamble && !Preamble->Meta.HasProjectFiles) {
      // Walking the whole TU would deserialize every declaration of the
      // PCH, none of which the walk looks into: walk this TU's own ones.
      TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
      Ctx.setTraversalScope(
          std::vector<Decl *>(TU->noload_decls_begin(), TU->noload_decls_end()));
    }
    TuSummary Summary = extractSummary(Ctx, Rules, Options);
    Summary.ErrorCount = Errors;
    if (Preamble)
      mergeSharedPreambleIncludes(Summary.Includes, *Preamble,
                                  Summary.MainFile);
    Sink(std::move(Summary));
  }

  bool shouldSkipFunctionBody(Decl *D) override { return Skipper.skip(D); }

private:
  CompilerInstance &CI;
  const RuleSet &Rules;
  const ExtractOptions &Options;
  std::function<void(TuSummary)> &Sink;
  const SharedPreambleUse *Preamble;
  std::string *Rejected;
  BodySkipper Skipper{CI.getSourceManager(), Options};
};

} // namespace

bool ExtractAction::BeginInvocation(CompilerInstance &CI) {
  CI.getFrontendOpts().SkipFunctionBodies = true;
  CI.getDiagnosticOpts().IgnoreWarnings = true;
  if (Preamble) {
    CI.getPreprocessorOpts().ImplicitPCHInclude = Preamble->PchPath;
    // The index's key (every file's contents) decides whether the PCH is
    // current, not the files' times: a touched but unchanged header keeps it.
    CI.getPreprocessorOpts().DisablePCHOrModuleValidation =
        DisableValidationForModuleKind::PCH;
  }
  return true;
}

std::unique_ptr<ASTConsumer>
ExtractAction::CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) {
  if (Preamble)
    CI.getPreprocessor().addPPCallbacks(
        checkSharedPreamble(CI.getSourceManager(), *Preamble,
                            *PreambleSteps, *Rejected));
  return std::make_unique<ExtractConsumer>(CI, Rules, Options, Sink, Preamble,
                                           Rejected);
}

} // namespace decouple
