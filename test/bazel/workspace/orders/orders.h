#pragma once
#include <httplib.h>

namespace orders {
void Routes(httplib::Server &svr);
} // namespace orders
