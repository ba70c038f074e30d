#include "unguarded.h"

void pong() { unguardedHelper(); }
