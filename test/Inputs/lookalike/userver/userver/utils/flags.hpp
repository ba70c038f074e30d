// Look-alike test header (not the real library): follows userver's universal/include/userver/utils/flags.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <initializer_list>
#include <type_traits>

USERVER_NAMESPACE_BEGIN

namespace utils {

template <typename Enum>
class Flags final {
public:
    using ValueType = std::underlying_type_t<Enum>;

    constexpr Flags() noexcept : Flags(Enum::kNone) {}
    /*implicit*/ constexpr Flags(Enum e) noexcept : value_(static_cast<ValueType>(e)) {}
    constexpr Flags(std::initializer_list<Enum>) noexcept;

    constexpr ValueType GetValue() const { return value_; }

private:
    ValueType value_;
};

}  // namespace utils

USERVER_NAMESPACE_END
