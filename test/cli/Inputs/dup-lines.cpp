#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    billing.Post("/charge");
    res.status = 201;
  });
}
