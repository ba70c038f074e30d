// RUN: %check_both %s coupling-service-cycle
// Positive and negative cases for coupling-service-cycle. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-service-cycle]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-service-cycle
