// A compile error: the parse on the PCH is rejected, and the TU is parsed
// again without it, to the same shard.
#include <httplib.h>

int broken = undeclaredName;
