//===- SyncCallInRequestPathCheck.h - coupling-sync-call-in-request-path ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_SYNCCALLINREQUESTPATHCHECK_H
#define DECOUPLE_CHECKS_SYNCCALLINREQUESTPATHCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A blocking or async-joined remote call reachable from a request entry point
class SyncCallInRequestPathCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-sync-call-in-request-path"; }
  const char *summary() const override {
    return "A blocking or async-joined remote call reachable from a request entry point";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
