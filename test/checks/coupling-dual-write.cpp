// RUN: %check_both %s coupling-dual-write
// Positive and negative cases for coupling-dual-write. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-dual-write]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-dual-write
