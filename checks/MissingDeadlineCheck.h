//===- MissingDeadlineCheck.h - coupling-missing-deadline ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_MISSINGDEADLINECHECK_H
#define DECOUPLE_CHECKS_MISSINGDEADLINECHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A sync or awaited remote call on a request path without a deadline, or with a longer one than its caller's
class MissingDeadlineCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-missing-deadline"; }
  const char *summary() const override {
    return "A sync or awaited remote call on a request path without a deadline, or with a longer one than its caller's";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
