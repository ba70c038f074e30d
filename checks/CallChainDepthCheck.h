//===- CallChainDepthCheck.h - coupling-call-chain-depth ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_CALLCHAINDEPTHCHECK_H
#define DECOUPLE_CHECKS_CALLCHAINDEPTHCHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

/// A chain of sync service hops from an external entry point longer than the threshold
class CallChainDepthCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-call-chain-depth"; }
  const char *summary() const override {
    return "A chain of sync service hops from an external entry point longer than the threshold";
  }
  bool wholeProgram() const override { return true; }
  std::vector<CheckOption> options() const override {
    return {{"MaxDepth", OptionType::Integer, "3", "sync service hops allowed from an external entry point"}};
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
};

} // namespace decouple

#endif
