// Look-alike test header (not the real library): follows userver's universal/include/userver/utils/strong_typedef.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <utility>

USERVER_NAMESPACE_BEGIN

namespace utils {

// Upstream has two more template parameters (the operations, SFINAE).
template <class Tag, class T>
class StrongTypedef {
public:
    using UnderlyingType = T;
    constexpr StrongTypedef() = default;
    constexpr explicit StrongTypedef(const T& arg) : data_(arg) {}
    constexpr explicit StrongTypedef(T&& arg) noexcept : data_(std::move(arg)) {}
    constexpr const T& GetUnderlying() const& noexcept { return data_; }

private:
    T data_{};
};

}  // namespace utils

USERVER_NAMESPACE_END
