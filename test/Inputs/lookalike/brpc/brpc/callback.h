// Look-alike test header (not the real library): follows Apache brpc's src/brpc/callback.h
// at commit 71871ee9fb46 (upstream declares one NewCallback overload per arity; one variadic template stands for them).
#pragma once
#include <google/protobuf/service.h>

namespace brpc {

/// Wraps a function and its arguments in a self-deleting Closure.
template <typename... Args, typename... Bound>
google::protobuf::Closure *NewCallback(void (*function)(Args...), Bound... args);

} // namespace brpc
