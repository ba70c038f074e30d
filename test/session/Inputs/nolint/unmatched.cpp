#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Post("/e", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    // NOLINTBEGIN(coupling-*)
    auto r = billing.Post("/never-closed");
    res.status = r ? 201 : 502;
  });
}
