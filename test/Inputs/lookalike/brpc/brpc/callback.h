// Look-alike test header: imitates the signatures of brpc's NewCallback (not the real library).
#pragma once
#include <google/protobuf/service.h>

namespace brpc {

/// Wraps a function and its arguments in a self-deleting Closure.
template <typename... Args, typename... Bound>
google::protobuf::Closure *NewCallback(void (*function)(Args...), Bound... args);

} // namespace brpc
