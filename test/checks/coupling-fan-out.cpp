// RUN: %check_both %s coupling-fan-out
// Positive and negative cases for coupling-fan-out. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-fan-out]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-fan-out
