// A macro before the includes: c.cpp has no shared prefix and is parsed on
// its own, even though <httplib.h> follows.
#define CPPHTTPLIB_NO_EXCEPTIONS_FOR_TEST 1
#include <httplib.h>

void AuditRoutes(httplib::Server &svr) {
  svr.Post("/audit", [](const httplib::Request &, httplib::Response &res) {
    httplib::Client audit("http://audit.internal");
    auto r = audit.Post("/event");
    res.status = r ? 202 : 502;
  });
}
