#include <httplib.h>

// A different TU with its own finding, on a different line.
void MoreRoutes(httplib::Server &svr) {
  svr.Get("/stock", [](const httplib::Request &, httplib::Response &res) {
    res.status = 200;
    httplib::Client stock("http://stock.internal");
    auto r = stock.Get("/level");
    res.status = r ? 200 : 502;
  });
}
