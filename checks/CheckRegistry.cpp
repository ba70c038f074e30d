//===- CheckRegistry.cpp - The registry of coupling- checks ---------------===//
#include "checks/CouplingCheck.h"
#include "checks/SyncCallInRequestPathCheck.h"
#include "checks/AwaitedCallInRequestPathCheck.h"
#include "checks/MissingDeadlineCheck.h"
#include "checks/FireAndForgetCallCheck.h"
#include "checks/DualWriteCheck.h"
#include "checks/FanOutCheck.h"
#include "checks/CallChainDepthCheck.h"
#include "checks/ServiceCycleCheck.h"
#include "checks/BlockingCallInEventLoopCheck.h"
#include "checks/SharedDatastoreCheck.h"
#include "checks/InProcessHandoffCheck.h"
// new-check: includes

namespace decouple {

std::vector<std::unique_ptr<CouplingCheck>> createAllChecks() {
  std::vector<std::unique_ptr<CouplingCheck>> All;
  All.push_back(std::make_unique<SyncCallInRequestPathCheck>());
  All.push_back(std::make_unique<AwaitedCallInRequestPathCheck>());
  All.push_back(std::make_unique<MissingDeadlineCheck>());
  All.push_back(std::make_unique<FireAndForgetCallCheck>());
  All.push_back(std::make_unique<DualWriteCheck>());
  All.push_back(std::make_unique<FanOutCheck>());
  All.push_back(std::make_unique<CallChainDepthCheck>());
  All.push_back(std::make_unique<ServiceCycleCheck>());
  All.push_back(std::make_unique<BlockingCallInEventLoopCheck>());
  All.push_back(std::make_unique<SharedDatastoreCheck>());
  All.push_back(std::make_unique<InProcessHandoffCheck>());
  // new-check: registry
  return All;
}

std::unique_ptr<CouplingCheck> createCheck(const std::string &Id) {
  for (std::unique_ptr<CouplingCheck> &C : createAllChecks())
    if (Id == C->id())
      return std::move(C);
  return nullptr;
}

} // namespace decouple
