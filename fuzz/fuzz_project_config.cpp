// The .decouple.json reader (analysis/ProjectConfig).
#include "analysis/ProjectConfig.h"
#include "fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Path = decouple::writeFuzzInput(Data, Size, ".decouple.json");
  decouple::ProjectConfig Config;
  std::vector<std::string> Errors;
  if (decouple::loadProjectConfig(Path, Config, Errors)) {
    (void)Config.serviceForPath("/src/orders/a.cpp");
    (void)Config.allowed("ns::Type::method");
  }
  return 0;
}
