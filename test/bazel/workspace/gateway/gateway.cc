#include "common/http.h"
#include "orders/orders.h"
#include "pricing/pricing.h"

int main() {
  httplib::Server svr;
  orders::Routes(svr);
  pricing::Routes(svr);
  svr.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    // The inventory check blocks the health endpoint.
    res.set_content(common::Fetch("http://inventory.internal", "/ping"),
                    "text/plain");
  });
  svr.listen("0.0.0.0", 8081);
}
