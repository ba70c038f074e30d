// A standard library header first: it may move behind the PCH's headers.
#include <string>
#include "common.h"

void RefundRoutes(httplib::Server &svr) {
  svr.Post("/refunds", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client ledger("http://ledger.internal");
    auto r = ledger.Post("/refund");
    res.status = r ? chargeCard() : 502;
  });
}
