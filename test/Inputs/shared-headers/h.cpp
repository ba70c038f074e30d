// configured.h defines a macro before its own includes: the walk stops
// there, so h.cpp is parsed on its own although <httplib.h> follows.
#include "configured.h"

void ConfiguredRoutes(httplib::Server &svr) {
  svr.Get("/configured", [](const httplib::Request &, httplib::Response &res) {
    res.status = 200;
  });
}
