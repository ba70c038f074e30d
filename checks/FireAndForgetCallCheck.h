//===- FireAndForgetCallCheck.h - coupling-fire-and-forget-call ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_FIREANDFORGETCALLCHECK_H
#define DECOUPLE_CHECKS_FIREANDFORGETCALLCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A sync remote call whose response and status are never read
class FireAndForgetCallCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-fire-and-forget-call"; }
  const char *summary() const override {
    return "A sync remote call whose response and status are never read";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
