//===- BlockingCallInEventLoopCheck.h - coupling-blocking-call-in-event-loop ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_BLOCKINGCALLINEVENTLOOPCHECK_H
#define DECOUPLE_CHECKS_BLOCKINGCALLINEVENTLOOPCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A blocking call reached from code that runs on an event loop or reactor thread
class BlockingCallInEventLoopCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-blocking-call-in-event-loop"; }
  const char *summary() const override {
    return "A blocking call reached from code that runs on an event loop or reactor thread";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
