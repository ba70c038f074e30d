// The manifest reader (index/IndexManifest): untrusted like the shards.
#include "fuzz/FuzzInput.h"
#include "index/IndexManifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Path = decouple::writeFuzzInput(Data, Size, "manifest.bin");
  decouple::IndexManifest M;
  std::string Why;
  if (M.load(Path, Why) == decouple::ShardStatus::Ok)
    for (const auto &[Name, E] : M.Entries)
      if (!decouple::isPlainShardName(Name))
        __builtin_trap(); // load() must refuse names that leave shards/
  return 0;
}
