// RUN: %check_both %s coupling-sync-call-in-request-path
// Positive and negative cases for coupling-sync-call-in-request-path. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-sync-call-in-request-path]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-sync-call-in-request-path
