#include "acme.h"

acme::rpc::Channel channel;
acme::bus::Publisher bus;

void Routes(acme::http::Router &router) {
  router.Route("/orders", [](const acme::http::Request &, acme::http::Response &res) {
    acme::rpc::Options opts;
    acme::Msg req, reply;
    if (!channel.Call(&opts, "inventory", req, &reply))
      res.status = 503;
  });
  router.Route("/orders/async", [](const acme::http::Request &, acme::http::Response &res) {
    acme::Msg event;
    bus.Send("order-requested", event);
    res.status = 202;
  });
}
