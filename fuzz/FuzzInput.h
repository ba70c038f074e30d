//===- FuzzInput.h - Fuzz inputs for readers that take a path ---*- C++ -*-===//
#ifndef DECOUPLE_FUZZ_FUZZINPUT_H
#define DECOUPLE_FUZZ_FUZZINPUT_H

#include <cstdint>
#include <cstdio>
#include <string>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace decouple {

/// Writes the input to a per-process file under $TMPDIR (or /tmp) named
/// \p Name and returns its path: for the readers that open a file.
inline std::string writeFuzzInput(const uint8_t *Data, size_t Size,
                                  const char *Name) {
  const char *Tmp = std::getenv("TMPDIR");
  std::string Dir = std::string(Tmp ? Tmp : "/tmp") + "/decouple-fuzz-" +
                    std::to_string(::getpid());
  ::mkdir(Dir.c_str(), 0700);
  std::string Path = Dir + "/" + Name;
  if (std::FILE *F = std::fopen(Path.c_str(), "wb")) {
    std::fwrite(Data, 1, Size, F);
    std::fclose(F);
  }
  return Path;
}

} // namespace decouple

#endif
