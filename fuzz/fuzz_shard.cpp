// The shard reader (index/ShardStore): an index restored from a CI cache is
// untrusted.
#include "index/ShardStore.h"
#include "support/Paths.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  decouple::Shard S;
  std::string Why;
  std::string_view Bytes(reinterpret_cast<const char *>(Data), Size);
  if (decouple::deserializeShard(Bytes, S, Why) == decouple::ShardStatus::Ok) {
    decouple::mapSummaryPaths(S.Summary, [](const std::string &P) {
      return decouple::resolveFromRoot(P, "/root");
    });
    (void)decouple::serializeShard(S);
  }
  return 0;
}
