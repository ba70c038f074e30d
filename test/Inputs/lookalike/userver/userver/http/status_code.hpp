// Look-alike test header (not the real library): follows userver's universal/include/userver/http/status_code.hpp
// at commit c2f43b4e85f3. The declarations a rule matches are upstream's; the rest is cut down.
// Namespaces open with USERVER_NAMESPACE_BEGIN, which userver's CMake defines
// (universal/CMakeLists.txt); the tests pass it as %userver_flags does.
#pragma once
#include <cstdint>

USERVER_NAMESPACE_BEGIN

namespace http {

enum StatusCode : uint16_t {
    kInvalid = 0,
    kOk = 200,
    kNotFound = 404,
    kInternalServerError = 500,
    Invalid = kInvalid,
    OK = kOk,
};

}  // namespace http

USERVER_NAMESPACE_END
