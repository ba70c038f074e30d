// The JSON-with-positions parser (support/JsonDocument): every config, rule
// pack and compile database goes through it.
#include "support/JsonDocument.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  decouple::JsonDocument Doc;
  std::string Error;
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  if (decouple::parseJsonDocument(Text, "fuzz.json", Doc, Error))
    for (const auto &[Pointer, Pos] : Doc.Positions)
      (void)Doc.where(Pointer + "/x");
  return 0;
}
