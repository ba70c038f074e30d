// RUN: %check_both %s coupling-sync-call-in-request-path
//
// Scheduled and delayed work is not a request path. A timer's completion
// handler (boost::asio::basic_waitable_timer::async_wait, real Debian
// headers) runs when the timer fires: armed from startup code, or armed by a
// handler with a callback that holds none of the handler's variables, it is
// background work. A job pushed to a job queue runs on the queue's worker
// (but a call that builds the job runs now).
// But a timer armed inside a handler whose completion finishes the response
// (it captures the response) is still on that request path.
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <httplib.h>
#include <mutex>
#include <thread>

namespace asio = boost::asio;
asio::io_context io;
asio::steady_timer refresh(io);
std::mutex mu;
std::condition_variable ready;
std::deque<std::function<void()>> jobs;

void RefreshPrices() {
  httplib::Client pricing("http://pricing.internal");
  pricing.set_read_timeout(1);
  auto r = pricing.Get("/all");
}

// A periodic job: re-arms itself, holds nothing of its caller.
void ScheduleRefresh() {
  refresh.expires_after(std::chrono::seconds(30));
  refresh.async_wait([](const boost::system::error_code &) {
    RefreshPrices();
    ScheduleRefresh();
  });
}

void OnReport(const boost::system::error_code &) {
  httplib::Client reports("http://reports.internal");
  reports.set_read_timeout(1);
  auto r = reports.Post("/daily");
}

void Worker() {
  for (;;) {
    std::unique_lock<std::mutex> lock(mu);
    ready.wait(lock, [] { return !jobs.empty(); });
    auto job = std::move(jobs.front());
    jobs.pop_front();
    lock.unlock();
    job();
  }
}

// Builds the job now, on the request's time: its call is on the path.
std::function<void()> MakeAuditJob(const std::string &id) {
  httplib::Client audit("http://audit.internal");
  audit.set_read_timeout(1);
  auto r = audit.Get("/next/" + id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking HTTP call to audit.internal in the request path of HTTP POST /orders{{.*}} [coupling-sync-call-in-request-path]
  return [] {};
}

void Routes(httplib::Server &svr) {
  svr.Get("/prices", [](const httplib::Request &, httplib::Response &res) {
    ScheduleRefresh(); // re-arms the shared refresh: it fires later
    static asio::steady_timer report(io, std::chrono::hours(24));
    report.async_wait(&OnReport); // a named callback holds no request state
    res.status = 200;
  });
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    {
      std::lock_guard<std::mutex> lock(mu);
      // The job runs on Worker's thread, after the response.
      jobs.push_back([id = req.body] {
        httplib::Client billing("http://billing.internal");
        billing.set_read_timeout(1);
        auto r = billing.Post("/charge/" + id);
      });
      jobs.push_back(MakeAuditJob(req.body));
    }
    ready.notify_one();
    res.status = 202;
  });
  svr.Get("/slow", [](const httplib::Request &, httplib::Response &res) {
    // The completion answers the request: it is on the request path.
    asio::steady_timer delay(io, std::chrono::milliseconds(50));
    delay.async_wait([&res](const boost::system::error_code &) {
      httplib::Client stock("http://stock.internal");
      stock.set_read_timeout(1);
      auto r = stock.Get("/level");
      // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking HTTP call to stock.internal in the request path of HTTP GET /slow{{.*}} [coupling-sync-call-in-request-path]
      res.status = r ? 200 : 502;
    });
    io.run();
  });
}

int main() {
  // Startup: the first refresh and the worker are background.
  ScheduleRefresh();
  std::thread(Worker).detach();
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
}
