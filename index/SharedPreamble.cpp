//===- SharedPreamble.cpp -------------------------------------------------===//
#include "index/SharedPreamble.h"
#include "index/AstHelpers.h"
#include "index/BinaryFormat.h"
#include "index/ExtractAction.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <set>
#include <unistd.h>

using namespace clang;

namespace decouple {

// --- the meta file
// ------------------------------------------------------------

namespace {
constexpr llvm::StringLiteral MetaMagic = "decouple-shared-header 1";
} // namespace

bool writeSharedPreambleMeta(const std::string &Path,
                             const SharedPreambleMeta &Meta,
                             std::string &Error) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << MetaMagic << "\n"
     << "key\t" << Meta.Key.CommandDigest << "\t" << Meta.Key.RulesDigest
     << "\t" << Meta.Key.ToolVersion << "\n"
     << "built\t" << (Meta.Built ? "yes" : "no") << "\t" << Meta.Failure
     << "\n";
  if (!Meta.Parent.empty())
    OS << "parent\t" << Meta.Parent << "\n";
  OS << "header\t" << Meta.Header << "\n"
     << "project-files\t" << (Meta.HasProjectFiles ? "yes" : "no") << "\n";
  for (const std::string &R : Meta.Resolved)
    OS << "resolved\t" << R << "\n";
  for (const IncludedFile &F : Meta.Includes)
    OS << "include\t" << llvm::utohexstr(F.Digest) << "\t" << F.Path << "\n";
  return writeFileAtomically(Path, Text, Error);
}

bool readSharedPreambleMeta(const std::string &Path, SharedPreambleMeta &Meta) {
  auto B = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!B)
    return false;
  llvm::SmallVector<llvm::StringRef> Lines;
  (*B)->getBuffer().split(Lines, '\n', -1, /*KeepEmpty=*/false);
  if (Lines.empty() || Lines[0] != MetaMagic)
    return false;
  Meta = SharedPreambleMeta();
  bool HasKey = false;
  for (llvm::StringRef Line : llvm::ArrayRef(Lines).drop_front()) {
    llvm::SmallVector<llvm::StringRef> F;
    Line.split(F, '\t', 3);
    if (F[0] == "key" && F.size() == 4) {
      Meta.Key = {F[1].str(), F[2].str(), F[3].str()};
      HasKey = true;
    } else if (F[0] == "built" && F.size() >= 2) {
      Meta.Built = F[1] == "yes";
      if (F.size() > 2)
        Meta.Failure = Line.split('\t').second.split('\t').second.str();
    } else if (F[0] == "project-files" && F.size() == 2) {
      Meta.HasProjectFiles = F[1] != "no";
    } else if (F[0] == "parent" && F.size() == 2) {
      Meta.Parent = F[1].str();
    } else if (F[0] == "header" && F.size() == 2) {
      Meta.Header = F[1].str();
    } else if (F[0] == "resolved" && F.size() == 2) {
      Meta.Resolved.push_back(F[1].str());
    } else if (F[0] == "include" && F.size() >= 3) {
      IncludedFile I;
      if (F[1].getAsInteger(16, I.Digest))
        return false;
      I.Path = Line.split('\t').second.split('\t').second.str();
      Meta.Includes.push_back(std::move(I));
    } else {
      return false;
    }
  }
  return HasKey;
}

// --- building the PCH
// ---------------------------------------------------------

namespace {

/// A prefix header of \p Dir (a PCH's or its parent's), never a TU's file.
bool isPrefixHeader(llvm::StringRef Path, llvm::StringRef Dir) {
  return Path.starts_with(Dir) && Path.size() > Dir.size() &&
         Path[Dir.size()] == '/' && Path.ends_with(".h");
}

/// Records what the prefix header opened and skips bodies as the TU does.
class RecordingConsumer : public ASTConsumer {
public:
  RecordingConsumer(CompilerInstance &CI, const ExtractOptions &Options,
                    SharedPreambleMeta &Meta)
      : CI(CI), Options(Options), Skipper(CI.getSourceManager(), this->Options),
        Meta(Meta) {}

  bool shouldSkipFunctionBody(Decl *D) override { return Skipper.skip(D); }

  void HandleTranslationUnit(ASTContext &) override {
    const SourceManager &SM = CI.getSourceManager();
    if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
      Meta.Header = pathOf(*Main);
    TuFiles Files(CI.getSourceManager(), Options);
    Meta.Includes = Files.digestIncludes(Meta.Header);
    Meta.HasProjectFiles = false;
    for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
      const SrcMgr::SLocEntry &E = SM.getLocalSLocEntry(I);
      SourceLocation Start = SourceLocation::getFromRawEncoding(E.getOffset());
      if (E.isFile() && SM.getFileID(Start) != SM.getMainFileID() &&
          SM.getFileEntryRefForID(SM.getFileID(Start)) &&
          Files.ownerOf(Start) == FileOwner::Project)
        Meta.HasProjectFiles = true;
    }
    // A TU's own #include of a header without a guard around all of it
    // would read it again (sqlite3.h has text after its guard): no PCH.
    const HeaderSearch &HS = CI.getPreprocessor().getHeaderSearchInfo();
    for (const std::string &R : Meta.Resolved)
      if (auto F = CI.getFileManager().getOptionalFileRef(R);
          F && !HS.isFileMultipleIncludeGuarded(*F) && Meta.Failure.empty())
        Meta.Failure = R + " is not include-guarded";
    llvm::StringRef Dir = llvm::sys::path::parent_path(Meta.Header);
    std::erase_if(Meta.Includes, [&](const IncludedFile &F) {
      return isPrefixHeader(F.Path, Dir);
    });
  }

private:
  CompilerInstance &CI;
  ExtractOptions Options;
  BodySkipper Skipper;
  SharedPreambleMeta &Meta;
};

/// The files the prefix header's own #include lines open, in order.
class RecordIncludes : public PPCallbacks {
public:
  RecordIncludes(const SourceManager &SM, std::vector<std::string> &Out)
      : SM(SM), Out(Out) {}
  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          llvm::StringRef, bool, CharSourceRange,
                          OptionalFileEntryRef File, llvm::StringRef,
                          llvm::StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (SM.getFileID(HashLoc) == SM.getMainFileID())
      Out.push_back(File ? pathOf(*File) : "");
  }

private:
  const SourceManager &SM;
  std::vector<std::string> &Out;
};

class BuildAction : public GeneratePCHAction {
public:
  BuildAction(const ExtractOptions &Options, SharedPreambleMeta &Meta,
              std::string PchPath, const SharedPreambleUse *Parent)
      : Options(Options), Meta(Meta), PchPath(std::move(PchPath)),
        Parent(Parent) {}

protected:
  bool BeginInvocation(CompilerInstance &CI) override {
    if (Parent) {
      // A chained PCH: it holds only what its lines add to the parent's.
      CI.getPreprocessorOpts().ImplicitPCHInclude = Parent->PchPath;
      CI.getPreprocessorOpts().DisablePCHOrModuleValidation =
          DisableValidationForModuleKind::PCH;
    }
    CI.getFrontendOpts().SkipFunctionBodies = true;
    CI.getFrontendOpts().OutputFile = PchPath;
    CI.getDiagnosticOpts().IgnoreWarnings = true;
    return GeneratePCHAction::BeginInvocation(CI);
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef In) override {
    auto Writer = GeneratePCHAction::CreateASTConsumer(CI, In);
    if (!Writer)
      return nullptr;
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<RecordIncludes>(CI.getSourceManager(), Meta.Resolved));
    std::vector<std::unique_ptr<ASTConsumer>> Both;
    Both.push_back(std::move(Writer));
    Both.push_back(
        std::make_unique<RecordingConsumer>(CI, Options, Meta));
    // MultiplexConsumer skips a body only when every consumer would: the
    // writer always would, so the TU's own rule decides.
    return std::make_unique<MultiplexConsumer>(std::move(Both));
  }

private:
  const ExtractOptions &Options;
  SharedPreambleMeta &Meta;
  std::string PchPath;
  const SharedPreambleUse *Parent;
};

} // namespace

void buildSharedPreamble(const std::string &Directory,
                         std::vector<std::string> Arguments,
                         const std::string &HeaderPath,
                         const std::string &PchPath,
                         const std::string &Language,
                         const ExtractOptions &Options,
                         const SharedPreambleUse *Parent,
                         SharedPreambleMeta &Meta,
                         DiagnosticConsumer &Diags) {
  Meta.Built = false;
  Meta.Resolved.clear();
  Meta.Includes.clear();
  if (::chdir(Directory.c_str()) != 0) {
    Meta.Failure = "cannot enter directory " + Directory;
    return;
  }
  Arguments.push_back("-x");
  Arguments.push_back(Language);
  Arguments.push_back(HeaderPath);
  llvm::sys::fs::remove(PchPath);
  llvm::IntrusiveRefCntPtr<FileManager> Files(
      new FileManager(FileSystemOptions()));
  tooling::ToolInvocation Invocation(
      Arguments,
      std::make_unique<BuildAction>(Options, Meta, PchPath, Parent),
      Files.get());
  Invocation.setDiagnosticConsumer(&Diags);
  bool Ran = Invocation.run();
  if (!Ran || Diags.getNumErrors() || !Meta.Failure.empty() ||
      !llvm::sys::fs::exists(PchPath)) {
    if (Meta.Failure.empty())
      Meta.Failure = "the PCH could not be built";
    llvm::sys::fs::remove(PchPath);
    return;
  }
  Meta.Built = true;
  if (Parent) {
    // What a TU on this PCH reads: the parent's lines and files, then these.
    Meta.Resolved.insert(Meta.Resolved.begin(), Parent->Meta.Resolved.begin(),
                         Parent->Meta.Resolved.end());
    Meta.Includes.insert(Meta.Includes.end(), Parent->Meta.Includes.begin(),
                         Parent->Meta.Includes.end());
    sortIncludes(Meta.Includes, "");
    Meta.HasProjectFiles |= Parent->Meta.HasProjectFiles;
  }
}

// --- using it
// -----------------------------------------------------------------

namespace {

/// Checks the TU's leading include lines against the walk that planned its
/// PCH: each opens the file the walk (or the PCH's build) found, and each
/// that the PCH holds is a no-op, up to the last line the PCH holds.
class CheckPrefix : public PPCallbacks {
public:
  CheckPrefix(const SourceManager &SM, const SharedPreambleUse &Use,
              const std::vector<IncludeStep> &Steps, std::string &Problem)
      : SM(SM), Use(Use), Problem(Problem) {
    size_t End = 0;
    for (size_t I = 0; I < Steps.size() && !Use.Lines.empty(); ++I)
      if (Steps[I].Line == Use.Lines.back()) {
        End = I + 1;
        break;
      }
    if (End == 0 || Use.Lines.size() != Use.Meta.Resolved.size())
      Problem = "its leading includes do not hold the shared header's";
    Region.assign(Steps.begin(), Steps.begin() + End);
    for (const IncludeStep &S : Region)
      Includers.insert(S.Includer);
  }

  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          llvm::StringRef Name, bool, CharSourceRange,
                          OptionalFileEntryRef File, llvm::StringRef,
                          llvm::StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    MustSkip = false;
    if (Next >= Region.size())
      return;
    auto Includer = SM.getFileEntryRefForID(SM.getFileID(HashLoc));
    if (!Includer || !Includers.count(pathOf(*Includer)))
      return;
    const IncludeStep &S = Region[Next++];
    std::string Opened = File ? pathOf(*File) : "nothing for " + Name.str();
    std::string Expected;
    if (S.K == IncludeStep::Project)
      Expected = S.Path;
    else if (S.K == IncludeStep::Shared)
      Expected = Use.Meta.Resolved[std::find(Use.Lines.begin(), Use.Lines.end(),
                                             S.Line) -
                                   Use.Lines.begin()];
    if (!Expected.empty() && Opened != Expected)
      fail(S.Includer + ":" +
           std::to_string(SM.getPresumedLineNumber(HashLoc)) + " opens " +
           Opened + ", not " + Expected);
    MustSkip = S.K == IncludeStep::Shared;
  }

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind, FileID) override {
    // Each include the PCH holds must be a no-op: one that is entered again
    // is not guarded, and a second copy would change the TU.
    if (Reason == EnterFile && MustSkip)
      if (auto F = SM.getFileEntryRefForID(SM.getFileID(Loc)))
        fail(pathOf(*F) + " is not include-guarded");
    MustSkip = false;
  }

  void FileSkipped(const FileEntryRef &, const Token &,
                   SrcMgr::CharacteristicKind) override {
    MustSkip = false;
  }

private:
  const SourceManager &SM;
  const SharedPreambleUse &Use;
  std::string &Problem;
  std::vector<IncludeStep> Region;
  std::set<std::string> Includers;
  size_t Next = 0;
  bool MustSkip = false;

  void fail(std::string Why) {
    if (Problem.empty())
      Problem = std::move(Why);
  }
};

} // namespace

std::unique_ptr<PPCallbacks>
checkSharedPreamble(const SourceManager &SM, const SharedPreambleUse &Use,
                    const std::vector<IncludeStep> &Steps,
                    std::string &Problem) {
  return std::make_unique<CheckPrefix>(SM, Use, Steps, Problem);
}

void mergeSharedPreambleIncludes(std::vector<IncludedFile> &Includes,
                                 const SharedPreambleUse &Use,
                                 const std::string &MainFile) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Use.PchPath);
  std::erase_if(Includes, [&](const IncludedFile &F) {
    return isPrefixHeader(F.Path, Dir);
  });
  Includes.insert(Includes.end(), Use.Meta.Includes.begin(),
                  Use.Meta.Includes.end());
  sortIncludes(Includes, MainFile);
}

} // namespace decouple
