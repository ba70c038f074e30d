// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-missing-deadline,coupling-blocking-call-in-event-loop
//
// In-source annotations for in-house code, no rule pack of one's own:
// decouple::request_handler marks an entry point, decouple::rpc_client a
// class whose every method is a blocking call (the object is the context),
// decouple::deadline_setter a method putting a deadline on that object, and
// decouple::blocking a function that blocks its thread. Unannotated look-
// alikes, main(), background threads, a publish and NOLINT do not fire.
#include "testsvc.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafka.h>
#include <string>
#include <thread>

#define DECOUPLE(what) [[clang::annotate("decouple::" what)]]

namespace inhouse {
struct DECOUPLE("rpc_client") Billing {
  bool Charge(const std::string &order);
  bool Refund(const std::string &order);
  DECOUPLE("deadline_setter") void SetTimeout(int ms);
};
// The same shape without the annotation: a local object, not a client.
struct Ledger {
  bool Charge(const std::string &order);
};
DECOUPLE("blocking") void WaitForLeader();
void Log(const std::string &line);
} // namespace inhouse

rd_kafka_t *producer;

DECOUPLE("request_handler") int HandleCharge(const std::string &order) {
  inhouse::Billing billing;
  billing.Charge(order);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:3: warning: remote call to Billing in the request path of remote HandleCharge {{.*}}has no deadline: it can wait as long as the callee hangs [coupling-missing-deadline]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:3: warning: blocking remote call to Billing in the request path of remote HandleCharge {{.*}}: the request now waits on Billing being up and fast [coupling-sync-call-in-request-path]
  inhouse::Ledger ledger;
  ledger.Charge(order); // not annotated: no finding
  inhouse::Log(order);
  rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("charged"), RD_KAFKA_V_END);
  return 0;
}

DECOUPLE("request_handler") int HandleRefund(const std::string &order) {
  inhouse::Billing billing;
  billing.SetTimeout(200); // a deadline_setter: not a remote call
  bool ok = billing.Refund(order); // the deadline set above: no missing-deadline
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking remote call to Billing in the request path of remote HandleRefund{{.*}} [coupling-sync-call-in-request-path]
  billing.Charge(order); // NOLINT(coupling-sync-call-in-request-path,coupling-missing-deadline)
  std::thread([order] {
    inhouse::Billing later;
    later.Charge(order);
  }).detach();
  return ok ? 0 : 1;
}

// A blocking function fires only on an event loop: here a gRPC callback
// method; the same call from a request handler with its own thread does not.
class OrdersCallback final : public testsvc::Orders::CallbackService {
  grpc::ServerUnaryReactor *Place(grpc::CallbackServerContext *ctx,
                                  const testsvc::Req *,
                                  testsvc::Resp *) override {
    inhouse::WaitForLeader();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call inhouse::WaitForLeader on the event loop of gRPC Orders.Place{{.*}} [coupling-blocking-call-in-event-loop]
    inhouse::Log("placed");
    auto *reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

DECOUPLE("request_handler") int HandleElection() {
  inhouse::WaitForLeader();
  return 0;
}

// Not annotated as a handler: an ordinary function.
int Reconcile(const std::string &order) {
  inhouse::Billing billing;
  return billing.Charge(order);
}

int main() {
  inhouse::Billing billing;
  billing.Charge("warm-up");
  inhouse::WaitForLeader();
  std::thread worker([] { Reconcile("nightly"); });
  worker.join();
  return HandleCharge("1") + HandleRefund("1") + HandleElection();
}
