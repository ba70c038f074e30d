// A project header that a.cpp and b.cpp start with: its includes are
// followed into, and its inline body is the project's, walked in each TU.
#pragma once
#include <httplib.h>
#include "ledger.h"

inline int chargeCard() {
  httplib::Client billing("http://billing.internal");
  auto r = billing.Post("/charge");
  return r ? ledgerStatus() + 201 : 502;
}
