#include <httplib.h>
#include <string>

void HealthRoutes(httplib::Server &svr) {
  svr.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    res.status = 200;
  });
}
