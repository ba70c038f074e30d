//===- InProcessHandoffCheck.h - coupling-in-process-handoff ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_INPROCESSHANDOFFCHECK_H
#define DECOUPLE_CHECKS_INPROCESSHANDOFFCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// Work handed to an in-process channel or queue on a request path: the
/// request is not coupled to the worker, but the work is lost if the process
/// dies. Informative: it does not fail a run unless the project's fail_on
/// names it.
class InProcessHandoffCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-in-process-handoff"; }
  const char *summary() const override {
    return "Work handed to an in-process channel or queue on a request path: "
           "not coupled, but lost if the process dies";
  }
  bool failsRunByDefault() const override { return false; }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
