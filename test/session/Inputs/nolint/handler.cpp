#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Post("/a", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    // NOLINTBEGIN(coupling-*)
    auto r = billing.Post("/block");
    // NOLINTEND(coupling-*)
    res.status = r ? 201 : 502;
  });
  svr.Post("/b", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    auto r = billing.Post("/same-line"); // NOLINT(coupling-*): the caller retries, agreed with billing
    res.status = r ? 201 : 502;
  });
  svr.Post("/c", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    // NOLINTNEXTLINE(coupling-sync-call-in-request-path,coupling-missing-deadline)
    auto r = billing.Post("/next-line");
    res.status = r ? 201 : 502;
  });
  svr.Post("/d", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client billing("http://billing.internal");
    // NOLINTBEGIN(coupling-fan-out)
    auto r = billing.Post("/other-check");
    // NOLINTEND(coupling-fan-out)
    res.status = r ? 201 : 502;
  });
}
