#include "budget.h"

// One more level, in a third TU: the deadline is WithBudget's.
void WithDefaults(grpc::ClientContext &ctx) { WithBudget(&ctx); }
