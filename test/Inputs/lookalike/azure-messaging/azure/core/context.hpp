// Look-alike test header, not the real library. It follows the declarations
// of Azure/azure-sdk-for-cpp at commit 8874c67b42f51814a50d89c9e2c22e2f29595cd2:
// sdk/core/azure-core/inc/azure/core/context.hpp (Azure::Core::Context, final,
// WithDeadline(DateTime const&), Cancel), datetime.hpp (Azure::DateTime) and
// credentials/credentials.hpp (TokenCredential). Declarations only.
#pragma once
#include <chrono>
#include <memory>
#include <string>

namespace Azure {
namespace _detail {
class Clock final {
public:
  using rep = int64_t;
  using period = std::ratio<1, 10000000>;
  using duration = std::chrono::duration<rep, period>;
  using time_point = std::chrono::time_point<Clock>;
  static constexpr bool is_steady = false;
  static time_point now();
};
} // namespace _detail

class DateTime final : public _detail::Clock::time_point {
public:
  constexpr DateTime(time_point const &timePoint) : time_point(timePoint) {}
  DateTime(std::chrono::system_clock::time_point const &systemTime);
};

namespace Core {
class Context final {
public:
  Context();
  ~Context() = default;
  Context WithDeadline(DateTime const &deadline) const;
  void Cancel();
};
namespace Credentials {
class TokenCredential {
public:
  virtual ~TokenCredential() = default;
};
} // namespace Credentials
} // namespace Core
} // namespace Azure
