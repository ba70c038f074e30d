// The rule-pack reader and validator (rules/RuleSet).
#include "rules/RuleSet.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  decouple::RuleSet Set;
  std::vector<std::string> Errors;
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  if (decouple::parseRulePack(Text, "fuzz.json", Set, Errors))
    (void)Set.digest();
  return 0;
}
