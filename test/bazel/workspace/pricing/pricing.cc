#include "pricing/pricing.h"
#include "common/http.h"

namespace pricing {
void Routes(httplib::Server &svr) {
  svr.Get("/price", [](const httplib::Request &req, httplib::Response &res) {
    // Asks the currency service on every request: a sync call in the path.
    std::string rate = common::Fetch("http://fx.internal", "/rate/EUR");
    res.set_content(rate, "text/plain");
  });
}
} // namespace pricing
