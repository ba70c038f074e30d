// RUN: %check_both %s coupling-missing-deadline
// Positive and negative cases for coupling-missing-deadline. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-missing-deadline]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-missing-deadline
