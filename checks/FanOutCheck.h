//===- FanOutCheck.h - coupling-fan-out ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_FANOUTCHECK_H
#define DECOUPLE_CHECKS_FANOUTCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// More sync remote calls on one request path than the threshold
class FanOutCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-fan-out"; }
  const char *summary() const override {
    return "More sync remote calls on one request path than the threshold";
  }
  std::vector<CheckOption> options() const override {
    return {{"MaxCalls", OptionType::Integer, "3", "sync remote calls allowed on one request path"},
            {"Availability", OptionType::Percent, "99.9", "assumed availability of each callee, in percent"}};
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
