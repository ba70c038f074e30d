//===- SharedDatastoreCheck.h - coupling-shared-datastore -------*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_SHAREDDATASTORECHECK_H
#define DECOUPLE_CHECKS_SHAREDDATASTORECHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A table written by two or more services: they are coupled through its
/// schema, and neither can change it alone.
class SharedDatastoreCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-shared-datastore"; }
  const char *summary() const override {
    return "A datastore table written by two or more services";
  }
  bool wholeProgram() const override { return true; }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
