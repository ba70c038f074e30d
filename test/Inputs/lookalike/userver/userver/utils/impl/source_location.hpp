// Look-alike test header (not the real library): follows userver's universal/include/userver/utils/impl/source_location.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <cstdint>
#include <string_view>

USERVER_NAMESPACE_BEGIN

namespace utils::impl {

class SourceLocation final {
    struct EmplaceEnabler final {
        constexpr explicit EmplaceEnabler() noexcept = default;
    };

public:
    static constexpr SourceLocation Current(
        EmplaceEnabler /*unused*/ = EmplaceEnabler{},
        std::string_view file_name = __builtin_FILE(),
        std::string_view function_name = __builtin_FUNCTION(),
        std::uint_least32_t line = __builtin_LINE()
    ) noexcept {
        return SourceLocation{line, file_name, function_name};
    }

private:
    constexpr SourceLocation(std::uint_least32_t line, std::string_view file_name, std::string_view function_name) noexcept
        : line_(line), file_name_(file_name), function_name_(function_name) {}

    std::uint_least32_t line_;
    std::string_view file_name_;
    std::string_view function_name_;
};

}  // namespace utils::impl

USERVER_NAMESPACE_END
