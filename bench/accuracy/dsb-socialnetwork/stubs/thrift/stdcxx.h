// thrift/stdcxx.h went away in Thrift 0.13; it aliased std names.
#include <functional>
#include <memory>
namespace apache { namespace thrift { namespace stdcxx {
using std::bind;
using std::dynamic_pointer_cast;
using std::function;
using std::make_shared;
using std::shared_ptr;
using std::static_pointer_cast;
namespace placeholders = std::placeholders;
} } }
