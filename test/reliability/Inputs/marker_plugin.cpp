// A shared library that proves it was loaded: its constructor creates the
// file named by $DECOUPLE_TEST_MARKER. Loaded by -fplugin=, -fpass-plugin=,
// -Xclang -load or LD_PRELOAD alike, before any plugin API is looked up.
#include <cstdio>
#include <cstdlib>

__attribute__((constructor)) static void markLoaded() {
  if (const char *Path = std::getenv("DECOUPLE_TEST_MARKER"))
    if (std::FILE *F = std::fopen(Path, "a")) {
      std::fputs("loaded\n", F);
      std::fclose(F);
    }
}
