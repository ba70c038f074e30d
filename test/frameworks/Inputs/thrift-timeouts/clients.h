// The client factory of thrift-timeout-elsewhere.cpp.
#pragma once
#include "Payments.h"
#include <memory>

std::unique_ptr<shop::PaymentsClient> connectPayments();
