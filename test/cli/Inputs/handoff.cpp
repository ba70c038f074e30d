#include <boost/lockfree/queue.hpp>
#include <httplib.h>

boost::lockfree::queue<int> receipts(64);

void Routes(httplib::Server &svr) {
  svr.Post("/receipts", [](const httplib::Request &, httplib::Response &res) {
    receipts.push(1);
    res.status = 202;
  });
}
