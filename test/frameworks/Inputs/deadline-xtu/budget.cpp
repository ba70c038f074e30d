#include "budget.h"
#include <chrono>

void WithBudget(grpc::ClientContext *ctx) {
  ctx->set_deadline(std::chrono::system_clock::now() +
                    std::chrono::milliseconds(150));
}

void Tag(grpc::ClientContext *ctx) { ctx->AddMetadata("x-caller", "orders"); }
