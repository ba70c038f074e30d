#include "orders/orders.h"

namespace orders {
void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    // No timeout: a blocking call without a deadline.
    httplib::Client billing("http://billing.internal");
    auto r = billing.Post("/charge", req.body, "application/json");
    res.status = r ? 201 : 502;
  });
}
} // namespace orders
