// A project header in the shared prefix of a.cpp and b.cpp: its inline
// body is the project's and must be walked from the PCH as from a parse.
#pragma once
#include <httplib.h>

inline int chargeCard() {
  httplib::Client billing("http://billing.internal");
  auto r = billing.Post("/charge");
  return r ? 201 : 502;
}
