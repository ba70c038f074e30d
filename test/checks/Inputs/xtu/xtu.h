#pragma once
#include "testsvc.grpc.pb.h"
#include <string>
std::string ChargeRemotely(const std::string &id);
std::string Settle(const std::string &id);
std::string Checkout(const std::string &id);
