// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-blocking-call-in-event-loop
//
// The standard library pack: std::this_thread::sleep_for/sleep_until block
// the thread; std::future/shared_future waits, condition variables, latches,
// barriers and thread::join wait for an asynchronous call started before
// them; std::thread/std::jthread run their callable apart from the request.
// A sleep on a gRPC callback (reactor) thread fires; the same sleep on a
// sync-API handler's own thread, on a spawned thread, in main() or behind
// NOLINT does not. Shown against real grpcpp and protoc output.
#include "testsvc.grpc.pb.h"
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <future>
#include <grpcpp/grpcpp.h>
#include <latch>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;
std::unique_ptr<testsvc::Inventory::Stub> inventory;
std::unique_ptr<testsvc::Payments::Stub> payments;

void Backoff() { std::this_thread::sleep_until(std::chrono::steady_clock::now() + 5ms); }
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call std::this_thread::sleep_until on the event loop of gRPC Catalog.Lookup{{.*}} [coupling-blocking-call-in-event-loop]

// Callback API: runs on the reactor, so blocking calls stall the loop.
class CatalogCallback final : public testsvc::Catalog::CallbackService {
  grpc::ServerUnaryReactor *Lookup(grpc::CallbackServerContext *ctx,
                                   const testsvc::Req *req,
                                   testsvc::Resp *resp) override {
    std::this_thread::sleep_for(10ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call std::this_thread::sleep_for on the event loop of gRPC Catalog.Lookup: it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
    Backoff();
    std::this_thread::sleep_for(1ms); // NOLINT(coupling-blocking-call-in-event-loop)

    // Spawned threads are not the reactor.
    std::thread([] { std::this_thread::sleep_for(1s); }).detach();
    std::jthread janitor([] { std::this_thread::sleep_for(1s); });

    auto *reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

// Sync API: each handler has its own thread; sleeping there is no loop stall.
class PaymentsSync final : public testsvc::Payments::Service {
  grpc::Status Charge(grpc::ServerContext *, const testsvc::Req *req,
                      testsvc::Resp *resp) override {
    std::this_thread::sleep_for(10ms);
    return grpc::Status::OK;
  }
};

// Started asynchronously, then waited for: still a synchronous dependency of
// the request. One join kind per function, so each is shown on its own.
// (future::wait/wait_for/wait_until: see std-future-wait.cpp.)
void ReserveAndWaitShared(const testsvc::Req *req, testsvc::Resp *resp) {
  grpc::ClientContext ctx;
  std::promise<grpc::Status> done;
  std::shared_future<grpc::Status> shared = done.get_future().share();
  inventory->async()->Reserve(&ctx, req, resp,
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for gRPC call Inventory.Reserve in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
                              [&done](grpc::Status s) { done.set_value(s); });
  shared.get();
}

void ChargeAndWaitCondition(const testsvc::Req *req, testsvc::Resp *resp) {
  grpc::ClientContext ctx;
  std::mutex m;
  std::condition_variable cv;
  bool charged = false;
  payments->async()->Charge(&ctx, req, resp, [&](grpc::Status) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for gRPC call Payments.Charge in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
    std::lock_guard<std::mutex> lock(m);
    charged = true;
    cv.notify_one();
  });
  std::unique_lock<std::mutex> lock(m);
  cv.wait(lock, [&] { return charged; });
}

void ReserveAndWaitLatch(const testsvc::Req *req, testsvc::Resp *resp) {
  grpc::ClientContext ctx;
  std::latch arrived(1);
  inventory->async()->Reserve(&ctx, req, resp,
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for gRPC call Inventory.Reserve in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
                              [&](grpc::Status) { arrived.count_down(); });
  arrived.wait();
}

void ChargeAndArriveAtBarrier(const testsvc::Req *req, testsvc::Resp *resp) {
  grpc::ClientContext ctx;
  std::barrier both(2);
  payments->async()->Charge(&ctx, req, resp,
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: started asynchronously and then waited for gRPC call Payments.Charge in the request path of gRPC Orders.Place{{.*}} [coupling-sync-call-in-request-path]
                            [&](grpc::Status) { both.arrive_and_wait(); });
  both.arrive_and_wait();
}

// The wait comes before the call: nothing waits for this one.
void WaitThenCharge(const testsvc::Req *req, testsvc::Resp *resp) {
  std::latch ready(0);
  ready.wait();
  auto *later = new grpc::ClientContext;
  payments->async()->Charge(later, req, resp, [](grpc::Status) {});
}

class OrdersSync final : public testsvc::Orders::Service {
  grpc::Status Place(grpc::ServerContext *, const testsvc::Req *req,
                     testsvc::Resp *resp) override {
    ReserveAndWaitShared(req, resp);
    ChargeAndWaitCondition(req, resp);
    ReserveAndWaitLatch(req, resp);
    ChargeAndArriveAtBarrier(req, resp);
    WaitThenCharge(req, resp);
    return grpc::Status::OK;
  }

  grpc::Status Get(grpc::ServerContext *, const testsvc::Req *req,
                   testsvc::Resp *resp) override {
    // The callable of a std::thread or std::jthread runs apart from the
    // request...
    std::thread([] {
      grpc::ClientContext bg;
      testsvc::Req r;
      testsvc::Resp out;
      payments->Charge(&bg, r, &out);
    }).detach();
    std::jthread audit([] {
      grpc::ClientContext bg;
      testsvc::Req r;
      testsvc::Resp out;
      inventory->Reserve(&bg, r, &out);
    });
    audit.detach();

    // ...and an asynchronous call nobody waits for does not hold it up.
    auto *later = new grpc::ClientContext;
    payments->async()->Charge(later, req, resp, [](grpc::Status) {});
    return grpc::Status::OK;
  }
};

int main() {
  // Startup may sleep and wait as it likes.
  std::this_thread::sleep_for(100ms);
  std::barrier sync_point(1);
  grpc::ClientContext ctx;
  testsvc::Req req;
  testsvc::Resp resp;
  std::promise<void> ready;
  payments->async()->Charge(&ctx, &req, &resp,
                            [&](grpc::Status) { ready.set_value(); });
  ready.get_future().wait();
  sync_point.arrive_and_wait();
}
