//===- ServiceCycleCheck.h - coupling-service-cycle ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_SERVICECYCLECHECK_H
#define DECOUPLE_CHECKS_SERVICECYCLECHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A cycle of sync calls between services
class ServiceCycleCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-service-cycle"; }
  const char *summary() const override {
    return "A cycle of sync calls between services";
  }
  bool wholeProgram() const override { return true; }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
