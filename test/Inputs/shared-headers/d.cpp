#include "unguarded.h"
#include <httplib.h>

void PingRoutes(httplib::Server &svr) {
  svr.Get("/ping", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client echo("http://echo.internal");
    auto r = echo.Get("/");
    res.status = r ? 200 : 502;
  });
}
