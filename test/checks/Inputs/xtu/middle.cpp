#include "xtu.h"
std::string Settle(const std::string &id) { return ChargeRemotely(id); }
std::string Checkout(const std::string &id) { return Settle(id) + "!"; }
