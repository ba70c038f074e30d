// Look-alike test header (not the real library): follows userver's core/include/userver/engine/deadline.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <chrono>

USERVER_NAMESPACE_BEGIN

namespace engine {

class Deadline final {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;
    using Duration = TimePoint::duration;

    constexpr Deadline() = default;
    constexpr bool IsReachable() const noexcept { return value_ != TimePoint{}; }
    bool IsReached() const noexcept;
    Duration TimeLeft() const noexcept;

    template <typename Rep, typename Period>
    static Deadline FromDuration(const std::chrono::duration<Rep, Period>& incoming_duration) noexcept;

private:
    TimePoint value_;
};

}  // namespace engine

USERVER_NAMESPACE_END
