// RUN: %check_both %s coupling-call-chain-depth
// Positive and negative cases for coupling-call-chain-depth. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-call-chain-depth]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-call-chain-depth
