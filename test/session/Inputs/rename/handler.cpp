#include "client.h"
#include <httplib.h>

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(Charge(req.body), "text/plain");
  });
}
