// Look-alike test header: imitates the signatures of the Azure SDK for C++ core (Azure::Core::Context, credentials) (not the real library).
#pragma once
#include <chrono>
#include <memory>
#include <string>

namespace Azure {
namespace Core {
class Context {
public:
  Context();
  Context WithDeadline(std::chrono::system_clock::time_point deadline) const;
  void Cancel();
};
namespace Credentials {
class TokenCredential {
public:
  virtual ~TokenCredential();
};
} // namespace Credentials
} // namespace Core
} // namespace Azure
