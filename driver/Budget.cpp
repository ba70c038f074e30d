//===- Budget.cpp - The CI gate on sync edges and chain depth -------------===//
#include "driver/Budget.h"
#include "support/JsonDocument.h"

#include "llvm/Support/raw_ostream.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

namespace decouple {

namespace {

struct Budget {
  std::set<std::pair<std::string, std::string>> Edges;
  int64_t MaxDepth = 0;
};

Budget currentBudget(const Analysis &A) {
  Budget B;
  for (const ServiceEdge &E : A.Services.edges())
    if (E.Kind == ServiceEdgeKind::Sync)
      B.Edges.insert({E.From, E.To});
  for (size_t P : A.Services.externalEntries())
    B.MaxDepth = std::max<int64_t>(B.MaxDepth, A.Services.longestChain(P).size());
  return B;
}

/// Returns the number of budget violations (printed), or -1 on a bad file.
} // namespace

int checkBudget(const std::string &Path, const Analysis &A,
                std::vector<BudgetBreach> *Breaches) {
  JsonDocument Doc;
  std::string Error;
  if (!loadJsonDocument(Path, Doc, Error)) {
    llvm::errs() << Error << "\n";
    return -1;
  }
  const nlohmann::json &J = Doc.Value;
  if (!J.is_object() || !J.contains("sync_edges") || !J["sync_edges"].is_array() ||
      !J.contains("max_chain_depth") || !J["max_chain_depth"].is_number_integer()) {
    llvm::errs() << Doc.where("") << ": error: expected {\"version\": 1, "
                 << "\"max_chain_depth\": N, \"sync_edges\": [{\"from\": ..., \"to\": ...}]}\n";
    return -1;
  }
  Budget Allowed;
  Allowed.MaxDepth = J["max_chain_depth"].get<int64_t>();
  for (const nlohmann::json &E : J["sync_edges"])
    if (E.is_object() && E.contains("from") && E.contains("to"))
      Allowed.Edges.insert({E["from"].get<std::string>(), E["to"].get<std::string>()});
  Budget Now = currentBudget(A);
  int Violations = 0;
  for (const auto &[From, To] : Now.Edges) {
    if (Allowed.Edges.count({From, To}))
      continue;
    ++Violations;
    const ServiceEdge *E = A.Services.syncEdge(From, To);
    const ReachRef &PS = E->Reaches.front();
    const Location &L = A.site(PS).Loc;
    std::string Message = "new sync edge " + From + " -> " + To +
                          " is not in the coupling budget " + Path;
    llvm::errs() << L.File << ":" << L.Line << ":" << L.Column
                 << ": error: " << Message << " [coupling-budget]\n";
    if (Breaches)
      Breaches->push_back({L, Message});
  }
  if (Now.MaxDepth > Allowed.MaxDepth) {
    ++Violations;
    std::string Message = "the longest sync chain grew to " +
                          std::to_string(Now.MaxDepth) + " hops; the budget " +
                          Path + " allows " + std::to_string(Allowed.MaxDepth);
    llvm::errs() << Path << ": error: " << Message << " [coupling-budget]\n";
    if (Breaches)
      Breaches->push_back({Location(), Message});
  }
  return Violations;
}

std::pair<size_t, int64_t> syncShape(const Analysis &A) {
  Budget B = currentBudget(A);
  return {B.Edges.size(), B.MaxDepth};
}

bool writeBudget(const std::string &Path, const Analysis &A) {
  Budget B = currentBudget(A);
  nlohmann::json Edges = nlohmann::json::array();
  for (const auto &[From, To] : B.Edges)
    Edges.push_back({{"from", From}, {"to", To}});
  std::ofstream Out(Path);
  Out << nlohmann::json{{"version", 1}, {"max_chain_depth", B.MaxDepth},
                        {"sync_edges", Edges}}.dump(2) << "\n";
  return static_cast<bool>(Out);
}

} // namespace decouple
