//===- IncludeWalk.cpp ----------------------------------------------------===//
#include "index/IncludeWalk.h"
#include "index/ExtractAction.h"
#include "support/Paths.h"

#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Driver/CreateInvocationFromArgs.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace decouple {

IncludeSearch includeSearchOf(const std::vector<std::string> &Arguments,
                              const std::string &Directory) {
  IncludeSearch Search;
  std::vector<const char *> Argv;
  for (const std::string &A : Arguments)
    Argv.push_back(A.c_str());
  clang::DiagnosticOptions DiagOpts;
  clang::IgnoringDiagConsumer Ignore;
  llvm::IntrusiveRefCntPtr<clang::DiagnosticsEngine> Diags =
      clang::CompilerInstance::createDiagnostics(
          *llvm::vfs::getRealFileSystem(), DiagOpts, &Ignore, false);
  clang::CreateInvocationOptions Opts;
  Opts.Diags = Diags;
  Opts.RecoverOnError = true;
  Opts.ProbePrecompiled = false;
  std::shared_ptr<clang::CompilerInvocation> CI =
      clang::createInvocation(Argv, Opts);
  if (!CI)
    return Search;
  Search.Valid = true;
  for (const clang::HeaderSearchOptions::Entry &E :
       CI->getHeaderSearchOpts().UserEntries) {
    if (E.IsFramework)
      continue;
    if (E.Group == clang::frontend::Quoted)
      Search.Quoted.push_back(normalizePath(E.Path, Directory));
    else if (E.Group == clang::frontend::Angled)
      Search.Angled.push_back(normalizePath(E.Path, Directory));
  }
  return Search;
}

namespace {

/// A file's leading lines as the walk reads them: the next line that is
/// not blank or a comment, trimmed; empty at the end.
class LeadingLines {
public:
  explicit LeadingLines(llvm::StringRef Text) : Text(Text) {}
  llvm::StringRef next();

private:
  llvm::StringRef Text;
  bool InComment = false;
};

} // namespace

llvm::StringRef LeadingLines::next() {
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
    if (!L.empty())
      return L;
  }
  return "";
}

bool isStandardLibraryHeader(llvm::StringRef Name) {
  static const llvm::StringSet<> Names = {
      // C++ ([headers], table 24), without the C headers' <cname> forms.
      "algorithm", "any", "array", "atomic", "barrier", "bit", "bitset",
      "charconv", "chrono", "codecvt", "compare", "complex", "concepts",
      "condition_variable", "coroutine", "deque", "exception", "execution",
      "expected", "filesystem", "format", "forward_list", "fstream",
      "functional", "future", "initializer_list", "iomanip", "ios", "iosfwd",
      "iostream", "istream", "iterator", "latch", "limits", "list", "locale",
      "map", "memory", "memory_resource", "mutex", "new", "numbers",
      "numeric", "optional", "ostream", "queue", "random", "ranges", "ratio",
      "regex", "scoped_allocator", "semaphore", "set", "shared_mutex",
      "source_location", "span", "sstream", "stack", "stdexcept",
      "stop_token", "streambuf", "string", "string_view", "syncstream",
      "system_error", "thread", "tuple", "type_traits", "typeindex",
      "typeinfo", "unordered_map", "unordered_set", "utility", "valarray",
      "variant", "vector", "version",
      // C ([c.headers]) in both forms; <assert.h> is left out: it reads
      // NDEBUG each time it is included.
      "cctype", "cerrno", "cfenv", "cfloat", "cinttypes", "climits",
      "clocale", "cmath", "csetjmp", "csignal", "cstdarg", "cstddef",
      "cstdint", "cstdio", "cstdlib", "cstring", "ctime", "cuchar", "cwchar",
      "cwctype", "ctype.h", "errno.h", "fenv.h", "float.h", "inttypes.h",
      "limits.h", "locale.h", "math.h", "setjmp.h", "signal.h", "stdarg.h",
      "stddef.h", "stdint.h", "stdio.h", "stdlib.h", "string.h", "time.h",
      "uchar.h", "wchar.h", "wctype.h"};
  return Names.contains(Name);
}

namespace {

/// A plain `#include <x>` / `#include "x"` line: its delimiter and name.
bool parseInclude(llvm::StringRef L, char &Close, llvm::StringRef &Name) {
  if (!L.consume_front("#"))
    return false;
  L = L.ltrim();
  if (!L.consume_front("include"))
    return false;
  L = L.ltrim();
  Close = L.starts_with("<") ? '>' : L.starts_with("\"") ? '"' : 0;
  size_t End = Close ? L.find(Close, 1) : llvm::StringRef::npos;
  if (End == llvm::StringRef::npos)
    return false; // `#include MACRO`, `#include_next`: not a plain include
  Name = L.slice(1, End);
  llvm::StringRef After = L.drop_front(End + 1).trim();
  // `#include "a.h" /* ...` spanning lines: stop to be safe.
  return After.empty() || After.starts_with("//");
}

/// `#pragma once`, or `#ifndef X` directly followed by `#define X`.
bool skipGuard(LeadingLines &Lines, llvm::StringRef &First) {
  auto Directive = [](llvm::StringRef L, llvm::StringRef Word) {
    if (!L.consume_front("#"))
      return llvm::StringRef();
    L = L.ltrim();
    if (!L.consume_front(Word) || (!L.empty() && !isspace(L[0])))
      return llvm::StringRef();
    return L.trim();
  };
  if (Directive(First, "pragma") == "once") {
    First = Lines.next();
    return true;
  }
  llvm::StringRef Macro = Directive(First, "ifndef");
  if (Macro.empty())
    return false;
  if (Directive(Lines.next(), "define") != Macro)
    return false;
  First = Lines.next();
  return true;
}

class Walk {
public:
  Walk(const IncludeSearch &Search, const ExtractOptions &Options)
      : Search(Search), Options(Options) {}

  std::vector<IncludeStep> Steps;

  /// False when the walk ends inside \p File, whose text is \p Text.
  bool walk(const std::string &File, llvm::StringRef Text, bool Main) {
    LeadingLines Lines(Text.take_front(64 * 1024));
    llvm::StringRef L = Lines.next();
    // A header followed into must be guarded: entered again, it would
    // repeat what the PCH holds.
    if (!Main && !skipGuard(Lines, L))
      return false;
    llvm::StringRef Dir = llvm::sys::path::parent_path(File);
    for (; !L.empty(); L = Lines.next()) {
      char Close = 0;
      llvm::StringRef Name;
      if (!parseInclude(L, Close, Name))
        return false;
      IncludeStep S;
      S.Includer = File;
      bool NextToIncluder = false;
      std::string Found = resolve(Close, Name, Dir, NextToIncluder);
      // A project header is read once: to know it is the project's, and to
      // follow it; met again, it is known (and guarded: a no-op).
      bool Again = !Found.empty() && Entered.contains(Found);
      std::unique_ptr<llvm::MemoryBuffer> Header;
      if (Again || (!Found.empty() && isProjectHeader(Found, Header))) {
        S.K = IncludeStep::Project;
        S.Path = Found;
        S.Line = "#include \"" + Found + "\"";
        Steps.push_back(S);
        if (!Again) {
          Entered.insert(Found);
          if (!Header || !walk(Found, Header->getBuffer(), false))
            return false;
        }
        continue;
      }
      S.K = Close == '>' && isStandardLibraryHeader(Name)
                ? IncludeStep::Standard
                : IncludeStep::Shared;
      S.Line = NextToIncluder
                   ? "#include \"" + Found + "\""
                   : "#include " + std::string(1, Close == '>' ? '<' : '"') +
                         Name.str() + std::string(1, Close);
      Steps.push_back(std::move(S));
    }
    return true; // the end of the file's text: the includer goes on
  }

private:
  const IncludeSearch &Search;
  const ExtractOptions &Options;
  llvm::StringSet<> Entered;

  std::string resolve(char Close, llvm::StringRef Name, llvm::StringRef Dir,
                      bool &NextToIncluder) {
    if (llvm::sys::path::is_absolute(Name))
      return llvm::sys::fs::exists(Name) ? normalizePath(Name) : "";
    auto In = [&](llvm::StringRef D) {
      llvm::SmallString<256> P(D);
      llvm::sys::path::append(P, Name);
      return llvm::sys::fs::exists(P) ? normalizePath(P) : std::string();
    };
    if (Close == '"') {
      if (std::string P = In(Dir); !P.empty()) {
        NextToIncluder = true;
        return P;
      }
      for (const std::string &D : Search.Quoted)
        if (std::string P = In(D); !P.empty())
          return P;
    }
    for (const std::string &D : Search.Angled)
      if (std::string P = In(D); !P.empty())
        return P;
    return ""; // a system directory's, or not found: not the project's
  }

  /// Whether \p Path is a project header (ownerOfFile); its text, when it
  /// can be read, in \p Text.
  bool isProjectHeader(const std::string &Path,
                       std::unique_ptr<llvm::MemoryBuffer> &Text) {
    auto B = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
    llvm::StringRef Head = B ? headOfText((*B)->getBuffer()) : "";
    if (ownerOfFile(Path, /*System=*/false, Head, Options) !=
        FileOwner::Project)
      return false;
    if (B)
      Text = std::move(*B);
    return true;
  }
};

} // namespace

std::vector<IncludeStep> walkLeadingIncludes(const std::string &MainFile,
                                             const IncludeSearch &Search,
                                             const ExtractOptions &Options) {
  Walk W(Search, Options);
  auto B = llvm::MemoryBuffer::getFile(MainFile, /*IsText=*/false,
                                       /*RequiresNullTerminator=*/false);
  if (B)
    W.walk(MainFile, (*B)->getBuffer(), /*Main=*/true);
  return std::move(W.Steps);
}

std::vector<std::string>
sharedIncludeLines(const std::vector<IncludeStep> &Steps) {
  std::vector<std::string> Lines;
  llvm::StringSet<> Seen;
  for (const IncludeStep &S : Steps)
    if (S.K == IncludeStep::Shared && Seen.insert(S.Line).second)
      Lines.push_back(S.Line);
  return Lines;
}

} // namespace decouple
