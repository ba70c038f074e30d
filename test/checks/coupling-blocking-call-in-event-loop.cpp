// RUN: %check_both %s coupling-blocking-call-in-event-loop
// Positive and negative cases for coupling-blocking-call-in-event-loop. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [coupling-blocking-call-in-event-loop]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for coupling-blocking-call-in-event-loop
