#include <httplib.h>
#include "billing.h"

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &res) {
    res.status = chargeCustomer() ? 201 : 502;
  });
}
