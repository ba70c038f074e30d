//===- DualWriteCheck.h - coupling-dual-write ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_DUALWRITECHECK_H
#define DECOUPLE_CHECKS_DUALWRITECHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A datastore write and a remote call or publish on the same request path
class DualWriteCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-dual-write"; }
  const char *summary() const override {
    return "A datastore write and a remote call or publish on the same request path";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
