#pragma once
#include <httplib.h>

// The handler, with its blocking call, is in this header.
inline void Routes(httplib::Server &svr) {
  svr.Get("/stock", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client stock("http://stock.internal");
    auto r = stock.Get("/level");
    res.status = r ? 200 : 502;
  });
}
