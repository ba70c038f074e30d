//===- CommandSanitizer.cpp -----------------------------------------------===//
#include "driver/CommandSanitizer.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"

namespace decouple {
namespace {

using llvm::StringRef;

// Names a launcher in argv[0] runs the compiler after it with.
bool isLauncher(StringRef Name) {
  return llvm::is_contained({"ccache", "sccache", "distcc", "icecc", "buildcache",
                             "env", "nice", "time", "ionice", "chrt"},
                            Name);
}

bool looksLikeCompiler(StringRef Name) {
  return Name.contains("clang") || Name.contains("gcc") ||
         Name.contains("g++") || Name.contains("c++") || Name == "cc" ||
         Name.ends_with("-cc") || Name == "cl" || Name == "icpx" ||
         Name == "icx";
}

std::string baseName(StringRef Path) {
  std::string Name = llvm::sys::path::filename(Path).lower();
  StringRef N(Name);
  N.consume_back(".exe");
  return N.str();
}

// Options that, forwarded to cc1 (-Xclang X, -Xpreprocessor X, -Wp,X), load
// code or write files outside the syntax-only run. The first group takes its
// value as the next forwarded argument.
bool takesForwardedValue(StringRef V) {
  return V == "-load" || V == "-plugin" || V == "-add-plugin" || V == "-mllvm" ||
         V.starts_with("-plugin-arg-") || V == "-o" ||
         V == "-dependency-file" || V == "-dependency-dot" ||
         V == "-header-include-file" || V == "-module-dependency-dir" ||
         V == "-serialize-diagnostic-file";
}

bool isDangerousForwarded(StringRef V) {
  return takesForwardedValue(V) || V.starts_with("-load") ||
         V.starts_with("-fplugin") || V.starts_with("-fpass-plugin") ||
         V.starts_with("-fmodules-cache-path") || V.starts_with("-stats-file") ||
         V.starts_with("-ftime-trace");
}

bool isForwarder(StringRef A) {
  return A == "-Xclang" || A == "/Xclang" || A == "-Xpreprocessor" ||
         A == "-Xanalyzer";
}

// Options whose next argument is itself a driver argument (for one target).
bool isDriverForwarder(StringRef A) {
  return A.starts_with("-Xarch") || A.starts_with("-Xopenmp-target") ||
         A.starts_with("-Xcuda") || A.starts_with("-Xoffload");
}

unsigned driverRuleWidth(StringRef A);

// Whether \p A, as a driver argument, loads code or picks a tool.
bool isDangerousDriverArg(StringRef A) {
  return driverRuleWidth(A) || isForwarder(A) || isDriverForwarder(A) ||
         isDangerousForwarded(A) || A.starts_with("@");
}

// Driver options that load code, choose other programs or configuration, or
// write files; Separate says whether the value is the next argument.
struct Rule {
  StringRef Spelling;
  bool Prefix;   // matches any argument that starts with Spelling
  bool Separate; // exactly Spelling: the value is the next argument
};
constexpr Rule DriverRules[] = {
    {"-fplugin=", true, false},
    {"-fpass-plugin=", true, false},
    {"-fplugin-arg-", true, false},
    {"-B", false, true},
    // LLVM's own options are process-wide and some write files
    // (-info-output-file=); a syntax-only parse needs none of them.
    {"-mllvm", false, true},
    {"-B", true, false},
    {"--prefix", false, true},
    {"--prefix=", true, false},
    {"--config", false, true},
    {"--config", true, false}, // --config=, --config-system-dir=, ...
    {"-ccc-install-dir", false, true},
    {"-ccc-gcc-name", false, true},
    {"-ccc-", true, false},
    {"-fuse-ld=", true, false},
    {"--ld-path=", true, false},
    {"-no-integrated-as", false, false},
    {"-fno-integrated-as", false, false},
    {"-save-temps", true, false},
    {"-MJ", false, true},
    {"-MJ", true, false},
    {"--serialize-diagnostics", false, true},
    {"-fmodules-cache-path=", true, false},
    {"-fcrash-diagnostics", true, false},
    {"-ftime-trace", true, false},
    {"-foptimization-record-file=", true, false},
    {"-fsave-optimization-record", true, false},
    {"-fprofile-instr-generate", true, false},
    {"-fprofile-generate", true, false},
};

// How many arguments at \p I a driver rule removes (0: none).
unsigned driverRuleWidth(StringRef A) {
  for (const Rule &R : DriverRules) {
    if (R.Separate && A == R.Spelling)
      return 2;
    if (!R.Separate && (R.Prefix ? A.starts_with(R.Spelling) : A == R.Spelling))
      return 1;
  }
  // clang-cl's /clang:X and -clang:X hand X to the driver.
  if (A.consume_front("/clang:") || A.consume_front("-clang:"))
    return isDangerousDriverArg(A) ? 1 : 0;
  if (A.consume_front("--driver-mode="))
    return A == "gcc" || A == "g++" || A == "cl" ? 0 : 1;
  return 0;
}

// Expands @file arguments (relative to \p Directory, nested ones too) the
// way GCC and Clang do, but only regular files of at most 1 MiB and at most
// 64 of them: "@/dev/zero" must not hang us. What is not expanded stays as
// "@..." and is dropped by the caller.
std::vector<std::string> expandResponseFiles(std::vector<std::string> Args,
                                             const std::string &Directory) {
  constexpr uint64_t MaxBytes = 1 << 20;
  unsigned Budget = 64;
  for (size_t I = 0; I < Args.size();) {
    StringRef A(Args[I]);
    if (!A.starts_with("@") || Budget == 0) {
      ++I;
      continue;
    }
    --Budget;
    llvm::SmallString<256> Path(A.drop_front());
    llvm::sys::path::make_absolute(Directory, Path);
    llvm::sys::fs::file_status St;
    if (llvm::sys::fs::status(Path, St) ||
        St.type() != llvm::sys::fs::file_type::regular_file ||
        St.getSize() > MaxBytes) {
      ++I;
      continue;
    }
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer) {
      ++I;
      continue;
    }
    llvm::BumpPtrAllocator Alloc;
    llvm::StringSaver Saver(Alloc);
    llvm::SmallVector<const char *, 64> Tokens;
    llvm::cl::TokenizeGNUCommandLine((*Buffer)->getBuffer(), Saver, Tokens);
    Args.erase(Args.begin() + I);
    Args.insert(Args.begin() + I, Tokens.begin(), Tokens.end());
  }
  return Args;
}

} // namespace

std::string safeDriverFor(const std::string &Compiler, const std::string &File) {
  std::string Name = baseName(Compiler);
  StringRef N(Name);
  StringRef Ext = llvm::sys::path::extension(File);
  const char *Driver = "clang++";
  if (N == "cl" || N.contains("clang-cl"))
    Driver = "clang-cl";
  else if (!N.contains("++") && (Ext == ".c" || Ext == ".m" || Ext == ".i"))
    Driver = "clang";
  llvm::SmallString<128> Path(DECOUPLE_CLANG_BIN_DIR);
  llvm::sys::path::append(Path, Driver);
  return std::string(Path);
}

std::vector<std::string> neutralizeCommand(std::vector<std::string> Args,
                                           const std::string &Directory,
                                           const std::string &File,
                                           bool &Removed) {
  Removed = false;
  if (Args.empty())
    return Args;
  // Response files first, so that no flag below can hide in one.
  Args = expandResponseFiles(std::move(Args), Directory);
  // The launchers and wrappers in front of the compiler, then the compiler.
  size_t First = 0;
  while (First + 1 < Args.size() && !StringRef(Args[First + 1]).starts_with("-") &&
         Args[First + 1] != File &&
         (isLauncher(baseName(Args[First])) ||
          looksLikeCompiler(baseName(Args[First + 1]))))
    ++First;
  std::vector<std::string> Out{safeDriverFor(Args[First], File)};
  if (First)
    Removed = true;
  for (size_t I = First + 1; I < Args.size(); ++I) {
    StringRef A(Args[I]);
    if (A.starts_with("@")) { // a response file that did not expand
      Removed = true;
      continue;
    }
    if (unsigned Width = driverRuleWidth(A)) {
      Removed = true;
      I += Width - 1;
      continue;
    }
    if (isDriverForwarder(A) && I + 1 < Args.size() &&
        isDangerousDriverArg(Args[I + 1])) {
      Removed = true;
      ++I;
      continue;
    }
    if (isForwarder(A) && I + 1 < Args.size() &&
        isDangerousForwarded(Args[I + 1])) {
      Removed = true;
      bool Value = takesForwardedValue(Args[I + 1]);
      I += 1;
      if (Value && I + 2 < Args.size() && isForwarder(Args[I + 1]))
        I += 2;
      continue;
    }
    if (A.starts_with("-Wp,") || A.starts_with("-Wa,")) {
      llvm::SmallVector<StringRef, 4> Parts;
      A.drop_front(4).split(Parts, ',');
      if (llvm::any_of(Parts, isDangerousForwarded)) {
        Removed = true;
        continue;
      }
    }
    Out.push_back(A.str());
  }
  Out.insert(Out.begin() + 1, "--no-default-config");
  return Out;
}

} // namespace decouple
