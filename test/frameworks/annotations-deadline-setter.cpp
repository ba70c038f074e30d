// RUN: %check_both %s coupling-sync-call-in-request-path
//
// A decouple::deadline_setter method of a decouple::rpc_client class sets
// the timeout; it is not itself a remote call (its own annotation wins over
// the class's). Only Charge fires, and it has the deadline.
#define DECOUPLE(what) [[clang::annotate("decouple::" what)]]

struct DECOUPLE("rpc_client") Billing {
  bool Charge(int cents);
  DECOUPLE("deadline_setter") void SetTimeout(int ms);
};

DECOUPLE("request_handler") int Handle(int cents) {
  Billing billing;
  billing.SetTimeout(200);
  return billing.Charge(cents);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking remote call to Billing in the request path of remote Handle{{.*}} [coupling-sync-call-in-request-path]
}
