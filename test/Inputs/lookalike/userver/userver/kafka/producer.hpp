// Look-alike test header: imitates the signatures of userver's kafka::Producer (not the real library).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace userver {
namespace engine {
template <typename T> class TaskWithResult {
public:
  T Get();
};
} // namespace engine

namespace kafka {

class Producer final {
public:
  /// Sends and waits for the broker's delivery report.
  void Send(const std::string &topic_name, std::string_view key,
            std::string_view message,
            std::optional<std::uint32_t> partition = std::nullopt) const;
  /// Sends in a background task.
  [[nodiscard]] engine::TaskWithResult<void>
  SendAsync(std::string topic_name, std::string key, std::string message,
            std::optional<std::uint32_t> partition = std::nullopt) const;
};

} // namespace kafka
} // namespace userver
