// RUN: %check_both %s coupling-awaited-call-in-request-path
// Positive and negative cases for coupling-awaited-call-in-request-path. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-awaited-call-in-request-path]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-awaited-call-in-request-path
