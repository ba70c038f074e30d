// f.cpp and g.cpp share only <httplib.h>.
#include <httplib.h>

void StockRoutes(httplib::Server &svr) {
  svr.Get("/stock", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client inventory("http://inventory.internal");
    auto r = inventory.Get("/count");
    res.status = r ? 200 : 502;
  });
}
