// a.cpp and b.cpp reach the same library headers through common.h, a
// project header the walk follows into: one PCH of <httplib.h> and
// "ledger.h" for both. common.h itself is parsed with each TU.
#include "common.h"

void OrderRoutes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &res) {
    res.status = chargeCard();
  });
}
