// Look-alike test header: imitates the signatures of userver's engine::Deadline and server::request::GetTaskInheritedDeadline (not the real library).
#pragma once
#include <chrono>

namespace userver {
namespace engine {
class Deadline {
public:
  using Duration = std::chrono::nanoseconds;
  static Deadline FromDuration(const Duration &incoming_duration) noexcept;
  Duration TimeLeft() const noexcept;
  bool IsReachable() const noexcept;
};
} // namespace engine

namespace server {
namespace request {
engine::Deadline GetTaskInheritedDeadline() noexcept;
} // namespace request
} // namespace server
} // namespace userver
