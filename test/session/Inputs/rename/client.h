#pragma once
#include <string>
// Two synchronous calls to the billing service, in another TU.
std::string Charge(const std::string &id);
