#pragma once
#include <httplib.h>
#include <string>

namespace common {
// A GET to another service, with the team's standard timeouts.
std::string Fetch(const std::string &host, const std::string &path);
} // namespace common
