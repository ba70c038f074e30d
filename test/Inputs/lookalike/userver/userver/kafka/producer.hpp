// Look-alike test header (not the real library): follows userver's kafka/include/userver/kafka/producer.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <userver/engine/task/task_with_result.hpp>

USERVER_NAMESPACE_BEGIN

namespace kafka {

class Producer final {
public:
    ~Producer();
    Producer(const Producer&) = delete;
    Producer(Producer&&) = delete;

    /// Sends given message to topic `topic_name` and waits for the delivery
    /// report.
    void Send(
        const std::string& topic_name,
        std::string_view key,
        std::string_view message,
        std::optional<std::uint32_t> partition = std::nullopt
    ) const;

    /// Same as Send, but returns the task which can be used to wait the
    /// message delivery manually.
    [[nodiscard]] engine::TaskWithResult<void> SendAsync(
        std::string topic_name,
        std::string key,
        std::string message,
        std::optional<std::uint32_t> partition = std::nullopt
    ) const;
};

}  // namespace kafka

USERVER_NAMESPACE_END
