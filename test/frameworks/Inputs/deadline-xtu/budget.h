// Deadline helpers for grpc-deadline-xtu.cpp, defined in the other TUs.
#pragma once
#include <grpcpp/grpcpp.h>

void WithBudget(grpc::ClientContext *ctx);    // budget.cpp: sets 150 ms
void WithDefaults(grpc::ClientContext &ctx);  // defaults.cpp: WithBudget(&ctx)
void Tag(grpc::ClientContext *ctx);           // budget.cpp: metadata only
