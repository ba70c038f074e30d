#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &, httplib::Response &res) {
#ifdef WITH_AUDIT
    httplib::Client audit("http://audit.internal");
    audit.Post("/e");
#endif
    res.status = 201;
  });
}
