//===- AwaitedCallInRequestPathCheck.h - coupling-awaited-call-in-request-path ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_AWAITEDCALLINREQUESTPATHCHECK_H
#define DECOUPLE_CHECKS_AWAITEDCALLINREQUESTPATHCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A remote call that a request path awaits: non-blocking, still synchronous
class AwaitedCallInRequestPathCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-awaited-call-in-request-path"; }
  const char *summary() const override {
    return "A remote call that a request path awaits: non-blocking, still synchronous";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
