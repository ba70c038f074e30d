// RUN: %check_both %s coupling-sync-call-in-request-path
// RUN: %decouple rules --validate %S/Inputs/legacy.json | FileCheck %s --check-prefix=VALID
// VALID: legacy.json: ok, 1 rule(s)
//
// Power users can match with a clang-query expression: here, any call to a
// function whose name starts with "Blocking" and takes a `const char *`.
#include <httplib.h>

int BlockingFetch(const char *url);
int BlockingFetch(int id);
int Fetch(const char *url);

void Routes(httplib::Server &svr) {
  svr.Get("/legacy", [](const httplib::Request &, httplib::Response &) {
    BlockingFetch("http://legacy.internal/item");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking legacy call to legacy.internal in the request path of HTTP GET /legacy{{.*}} [coupling-sync-call-in-request-path]
    BlockingFetch(7);
    Fetch("http://legacy.internal/item");
  });
}
