// The compile-database loader and command sanitiser (driver/CompileDatabase,
// driver/CommandSanitizer): no command that comes out may load a plugin.
#include "driver/CompileDatabase.h"
#include "fuzz/FuzzInput.h"

#include "llvm/ADT/StringRef.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Path =
      decouple::writeFuzzInput(Data, Size, "compile_commands.json");
  decouple::CompileDatabase DB;
  std::vector<std::string> Errors;
  decouple::loadCompileDatabase(Path, DB, Errors);
  for (const decouple::CompileCommand &C : DB.Commands) {
    llvm::StringRef Prev;
    for (const std::string &A : C.Arguments) {
      llvm::StringRef R(A);
      if (R.starts_with("-fplugin=") || R.starts_with("-fpass-plugin=") ||
          (Prev == "-Xclang" && (R == "-load" || R == "-plugin")) ||
          R.starts_with("@") || R.starts_with("--config=") || R == "-B")
        __builtin_trap(); // the sanitiser let a code-loading flag through
      Prev = R;
    }
  }
  (void)decouple::commonSourceRoot(DB);
  return 0;
}
