// RUN: %check_both %s coupling-in-process-handoff --flags=-I%inputs/lookalike/asio-channel
//
// Work a handler hands to an in-process channel or queue: the request does
// not wait for it (no temporal coupling), but it lives in memory only. A
// std::queue/std::deque pushed and then signalled through a condition
// variable, Boost.Lockfree queues (real Debian headers) and Asio's
// experimental channels (look-alike: Boost 1.74 has none) are reported on a
// request path, with a note that the work is lost if the process dies. Not
// reported: the same pushes from startup code or a background worker, a
// local work list without a condition variable, a publish to a real queue,
// and a NOLINT line.
#include <boost/asio/experimental/channel.hpp>
#include <boost/lockfree/queue.hpp>
#include <boost/lockfree/spsc_queue.hpp>
#include <condition_variable>
#include <deque>
#include <functional>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <mutex>
#include <queue>
#include <string>
#include <thread>

struct Order {
  std::string id;
};

std::mutex mu;
std::condition_variable ready;
std::queue<Order> orders;
std::deque<std::function<void()>> jobs;
boost::lockfree::queue<int> receipts(128);
boost::lockfree::spsc_queue<int, boost::lockfree::capacity<64>> audit;
boost::asio::experimental::channel<void(boost::system::error_code, int)>
    *events;
rd_kafka_t *producer;

void Enqueue(const Order &o) {
  {
    std::lock_guard<std::mutex> lock(mu);
    orders.push(o);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-process hand-off to std::queue in the request path of HTTP POST /orders{{.*}}: the request does not wait for the work, but the work is held only in this process's memory [coupling-in-process-handoff]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: the hand-off is not durable: the work is lost if the process dies (a crash, a deploy, an OOM kill) before a worker has finished it, and nothing retries it
    // CHECK-NOTES: :[[@LINE-3]]:5: note: suggestion: if the work must survive a restart, publish it to a durable queue, or write it to an outbox table in the same transaction as the request's own data and relay it from there
  }
  ready.notify_one();
}

// The worker: pops and runs on its own thread, started from main().
void Worker() {
  for (;;) {
    std::unique_lock<std::mutex> lock(mu);
    ready.wait(lock, [] { return !orders.empty(); });
    Order o = orders.front();
    orders.pop();
    // Re-queueing from the worker is not on any request path.
    if (o.id.empty()) {
      orders.push(o);
      ready.notify_all();
    }
  }
}

void Routes(httplib::Server &svr) {
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    Enqueue(Order{req.body});
    res.status = 202;
  });
  svr.Post("/receipts", [](const httplib::Request &, httplib::Response &res) {
    receipts.push(42);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-process hand-off to boost::lockfree::queue in the request path of HTTP POST /receipts{{.*}} [coupling-in-process-handoff]
    audit.push(7);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-process hand-off to boost::lockfree::spsc_queue in the request path of HTTP POST /receipts{{.*}} [coupling-in-process-handoff]
    receipts.bounded_push(43); // NOLINT(coupling-in-process-handoff)
    res.status = 202;
  });
  svr.Post("/events", [](const httplib::Request &, httplib::Response &res) {
    events->try_send(boost::system::error_code(), 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-process hand-off to boost::asio::experimental::basic_channel in the request path of HTTP POST /events{{.*}} [coupling-in-process-handoff]
    res.status = 202;
  });
  svr.Post("/jobs", [](const httplib::Request &req, httplib::Response &res) {
    std::lock_guard<std::mutex> lock(mu);
    jobs.push_back([body = req.body] { (void)body; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-process hand-off to std::deque in the request path of HTTP POST /jobs{{.*}} [coupling-in-process-handoff]
    ready.notify_one();
    res.status = 202;
  });
  svr.Post("/bfs", [](const httplib::Request &, httplib::Response &res) {
    // A local work list, no condition variable: not a hand-off.
    std::queue<int> frontier;
    frontier.push(1);
    while (!frontier.empty())
      frontier.pop();
    res.status = 200;
  });
  svr.Post("/publish", [](const httplib::Request &req, httplib::Response &res) {
    // A publish to a broker is durable: the fix, not this check.
    rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("orders"),
                      RD_KAFKA_V_VALUE((void *)req.body.data(), req.body.size()),
                      RD_KAFKA_V_END);
    res.status = 202;
  });
}

int main() {
  // Startup: seeding the queues is not a request path.
  Enqueue(Order{"warm-up"});
  receipts.push(0);
  std::thread(Worker).detach();
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
}
