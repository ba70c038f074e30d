//===- SharedPreamble.cpp -------------------------------------------------===//
#include "index/SharedPreamble.h"
#include "index/AstHelpers.h"
#include "index/BinaryFormat.h"
#include "index/ExtractAction.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

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

// --- the leading include lines
// ------------------------------------------------

std::vector<std::string> leadingIncludes(llvm::StringRef Text,
                                         llvm::StringRef MainDir) {
  std::vector<std::string> Lines;
  bool InComment = false;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    llvm::StringRef L = Line.trim();
    // Comments and blank lines between the includes do not end the run.
    while (!L.empty()) {
      if (InComment) {
        size_t End = L.find("*/");
        if (End == llvm::StringRef::npos) {
          L = "";
          break;
        }
        InComment = false;
        L = L.drop_front(End + 2).ltrim();
      } else if (L.starts_with("//")) {
        L = "";
      } else if (L.starts_with("/*")) {
        InComment = true;
        L = L.drop_front(2);
      } else {
        break;
      }
    }
    if (L.empty())
      continue;
    if (!L.consume_front("#"))
      break;
    L = L.ltrim();
    if (!L.consume_front("include"))
      break;
    L = L.ltrim();
    char Close = L.starts_with("<") ? '>' : L.starts_with("\"") ? '"' : 0;
    size_t End = Close ? L.find(Close, 1) : llvm::StringRef::npos;
    if (End == llvm::StringRef::npos)
      break; // `#include MACRO`, `#include_next`: not a plain include
    llvm::StringRef Name = L.slice(1, End);
    llvm::StringRef After = L.drop_front(End + 1).trim();
    if (!After.empty() && !After.starts_with("//"))
      break; // `#include "a.h" /* ...` spanning lines: stop to be safe
    if (Close == '"' && !llvm::sys::path::is_absolute(Name)) {
      llvm::SmallString<256> Near(MainDir);
      llvm::sys::path::append(Near, Name);
      if (llvm::sys::fs::exists(Near)) {
        Lines.push_back("#include \"" + std::string(Near) + "\"");
        continue;
      }
    }
    Lines.push_back("#include " + std::string(1, L[0]) + Name.str() +
                    std::string(1, Close));
  }
  return Lines;
}

std::vector<std::string> leadingIncludesOf(const std::string &Path) {
  // (Not getFileSlice: mapping past the end of a short file faults.)
  auto B = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                       /*RequiresNullTerminator=*/false);
  if (!B)
    return {};
  return leadingIncludes((*B)->getBuffer().take_front(64 * 1024),
                         llvm::sys::path::parent_path(Path));
}

// --- building the PCH
// ---------------------------------------------------------

namespace {

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
    std::erase_if(Meta.Includes, [&](const IncludedFile &F) {
      return F.Path == Meta.Header;
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
              std::string PchPath)
      : Options(Options), Meta(Meta), PchPath(std::move(PchPath)) {}

protected:
  bool BeginInvocation(CompilerInstance &CI) override {
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
};

} // namespace

void buildSharedPreamble(const std::string &Directory,
                         std::vector<std::string> Arguments,
                         const std::string &HeaderPath,
                         const std::string &PchPath,
                         const std::string &Language,
                         const ExtractOptions &Options,
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
      std::make_unique<BuildAction>(Options, Meta, PchPath),
      Files.get());
  Invocation.setDiagnosticConsumer(&Diags);
  bool Ran = Invocation.run();
  if (!Ran || Diags.getNumErrors() || !llvm::sys::fs::exists(PchPath)) {
    if (Meta.Failure.empty())
      Meta.Failure = "the PCH could not be built";
    llvm::sys::fs::remove(PchPath);
    return;
  }
  Meta.Built = true;
}

// --- using it
// -----------------------------------------------------------------

namespace {

class CheckPrefix : public PPCallbacks {
public:
  CheckPrefix(const SourceManager &SM, const SharedPreambleUse &Use,
              std::string &Problem)
      : SM(SM), Use(Use), Problem(Problem) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          llvm::StringRef Name, bool, CharSourceRange,
                          OptionalFileEntryRef File, llvm::StringRef,
                          llvm::StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (SM.getFileID(HashLoc) != SM.getMainFileID())
      return;
    if (Seen < Use.Meta.Resolved.size() &&
        (!File || pathOf(*File) != Use.Meta.Resolved[Seen]))
      fail("line " + std::to_string(SM.getPresumedLineNumber(HashLoc)) +
           " opens " + (File ? pathOf(*File) : "nothing for " + Name.str()) +
           ", the shared header " + Use.Meta.Resolved[Seen]);
    ++Seen;
  }

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind, FileID PrevFID) override {
    // Each prefix include must be a no-op (the PCH holds it): one that is
    // entered again is not guarded, and a second copy would change the TU.
    if (Reason == EnterFile && PrevFID == SM.getMainFileID() && Seen > 0 &&
        Seen <= Use.Meta.Resolved.size())
      if (auto F = SM.getFileEntryRefForID(SM.getFileID(Loc)))
        fail(pathOf(*F) + " is not include-guarded");
  }

private:
  const SourceManager &SM;
  const SharedPreambleUse &Use;
  std::string &Problem;
  size_t Seen = 0;

  void fail(std::string Why) {
    if (Problem.empty())
      Problem = std::move(Why);
  }
};

} // namespace

std::unique_ptr<PPCallbacks>
checkSharedPreamble(const SourceManager &SM, const SharedPreambleUse &Use,
                    std::string &Problem) {
  return std::make_unique<CheckPrefix>(SM, Use, Problem);
}

void mergeSharedPreambleIncludes(std::vector<IncludedFile> &Includes,
                                 const SharedPreambleUse &Use,
                                 const std::string &MainFile) {
  std::erase_if(Includes, [&](const IncludedFile &F) {
    return F.Path == Use.Meta.Header;
  });
  Includes.insert(Includes.end(), Use.Meta.Includes.begin(),
                  Use.Meta.Includes.end());
  sortIncludes(Includes, MainFile);
}

} // namespace decouple
