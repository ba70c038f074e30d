// RUN: %check_both %s coupling-fire-and-forget-call
// Positive and negative cases for coupling-fire-and-forget-call. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-fire-and-forget-call]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-fire-and-forget-call
