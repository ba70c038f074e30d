// Look-alike test header (not the real library): follows Apache brpc's src/brpc/closure_guard.h
// at commit 71871ee9fb46. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <google/protobuf/service.h>

namespace brpc {

// RAII: Call Run() of the closure on destruction.
class ClosureGuard {
public:
  ClosureGuard();
  explicit ClosureGuard(google::protobuf::Closure *done);
  ~ClosureGuard();
  google::protobuf::Closure *release();
  void reset(google::protobuf::Closure *done);
  bool empty() const;
};

} // namespace brpc
