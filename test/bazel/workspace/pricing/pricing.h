#pragma once
#include <httplib.h>

namespace pricing {
void Routes(httplib::Server &svr);
} // namespace pricing
