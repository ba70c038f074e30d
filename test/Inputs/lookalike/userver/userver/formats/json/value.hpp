// Look-alike test header (not the real library): follows userver's universal/include/userver/formats/json/value.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <string_view>

USERVER_NAMESPACE_BEGIN

namespace formats::json {

class Value final {
public:
    Value() noexcept;
    Value operator[](std::string_view key) const;

    template <typename T>
    auto As() const;
};

}  // namespace formats::json

USERVER_NAMESPACE_END
