#pragma once
// An in-house client and handler, marked in source instead of a rule pack.
struct [[clang::annotate("decouple::rpc_client")]] Billing {
  int Charge(int Cents);
};
[[clang::annotate("decouple::request_handler")]] int Handle(int Cents);
int Helper(int Cents);
