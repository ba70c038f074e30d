// RUN: %check_both %s coupling-in-process-handoff
//
// A pool is not a hand-off. Connection and stub pools (as in
// github-newstar/gateserver's GrpcPool, MySqlPool and RedisConPool) push a
// resource back onto a std::queue member and notify a waiter, exactly as a
// work queue does; what tells them apart is that a non-void method of the
// same class hands the queue's front out to its caller. A class work queue
// whose only reader is a void worker loop is still reported, and so is a
// class holding a pool and a work queue side by side.
#include <condition_variable>
#include <httplib.h>
#include <memory>
#include <mutex>
#include <queue>
#include <string>

struct Conn {
  std::string host;
};

// A pool, as a class template (the instantiation is what is analysed).
template <class Resource> class Pool {
public:
  std::unique_ptr<Resource> Get() {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [this] { return !free_.empty(); });
    auto r = std::move(free_.front());
    free_.pop();
    return r;
  }
  void Return(std::unique_ptr<Resource> r) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push(std::move(r));
    ready_.notify_one();
  }

private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::queue<std::unique_ptr<Resource>> free_;
};

// A plain pool of raw handles.
class HandlePool {
public:
  Conn *Take() {
    std::lock_guard<std::mutex> lock(mu_);
    Conn *c = handles_.front();
    handles_.pop();
    return c;
  }
  void Give(Conn *c) {
    std::lock_guard<std::mutex> lock(mu_);
    handles_.push(c);
    ready_.notify_one();
  }

private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::queue<Conn *> handles_;
};

// A pool whose methods are defined out of line (gateserver's RedisConPool).
class ContextPool {
public:
  Conn *Borrow();
  void Hand(Conn *c);

private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::queue<Conn *> contexts_;
};
Conn *ContextPool::Borrow() {
  std::unique_lock<std::mutex> lock(mu_);
  ready_.wait(lock, [this] { return !contexts_.empty(); });
  auto *c = contexts_.front();
  contexts_.pop();
  return c;
}
void ContextPool::Hand(Conn *c) {
  std::unique_lock<std::mutex> lock(mu_);
  contexts_.push(c);
  ready_.notify_one();
}

// A work queue with a pool beside it: only the work is a hand-off.
class Mailer {
public:
  void Submit(std::string mail) {
    std::lock_guard<std::mutex> lock(mu_);
    outbox_.push(std::move(mail));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-process hand-off to std::queue in the request path of HTTP POST /mail{{.*}} [coupling-in-process-handoff]
    ready_.notify_one();
  }
  void Release(Conn *c) {
    std::lock_guard<std::mutex> lock(mu_);
    smtp_.push(c);
    ready_.notify_one();
  }
  Conn *Acquire() {
    Conn *c = smtp_.front();
    smtp_.pop();
    return c;
  }
  // The worker loop reads the work queue; it returns nothing.
  void Run() {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [this] { return !outbox_.empty(); });
    std::string mail = outbox_.front();
    outbox_.pop();
  }

private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::queue<std::string> outbox_;
  std::queue<Conn *> smtp_;
};

Pool<Conn> conns;
HandlePool handles;
ContextPool contexts;
Mailer mailer;

void Routes(httplib::Server &svr) {
  svr.Post("/login", [](const httplib::Request &, httplib::Response &res) {
    auto c = conns.Get();
    conns.Return(std::move(c));
    Conn *h = handles.Take();
    handles.Give(h);
    contexts.Hand(contexts.Borrow());
    res.status = 200;
  });
  svr.Post("/mail", [](const httplib::Request &req, httplib::Response &res) {
    Conn *c = mailer.Acquire();
    mailer.Release(c);
    mailer.Submit(req.body);
    res.status = 202;
  });
}

int main() {
  httplib::Server svr;
  Routes(svr);
  svr.listen("0.0.0.0", 8080);
}
