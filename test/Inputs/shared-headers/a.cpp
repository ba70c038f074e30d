// a.cpp and b.cpp start with the same two lines: one PCH for both.
#include <httplib.h>
#include "common.h"

void OrderRoutes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &res) {
    res.status = chargeCard();
  });
}
