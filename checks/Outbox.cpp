//===- Outbox.cpp ---------------------------------------------------------===//
#include "checks/Outbox.h"
#include "index/SqlText.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>

namespace decouple {

bool isOutboxWrite(const Site &S) {
  return S.Kind == SiteKind::DatastoreWrite &&
         llvm::any_of(sqlTables(S.Via), [](const std::string &Table) {
           return namesOutbox(Table);
         });
}

Outboxes::Outboxes(const Analysis &A) {
  std::map<SiteId, size_t> BySite;
  for (const RequestPath &P : A.Paths)
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      if (!isOutboxWrite(S))
        continue;
      auto [It, New] = BySite.try_emplace(R.Site, Found.size());
      if (New)
        Found.push_back({S.Loc, S.Via, {}});
      Found[It->second].Services.push_back(P.Service);
    }
  for (const FunctionInfo &F : A.Graph.functions())
    if (!F.IsLambda && namesOutbox(F.Name) && F.Loc.valid())
      Found.push_back({F.Loc, F.Name, {}});
}

const OutboxEvidence *Outboxes::forPath(const Analysis &A,
                                        const RequestPath &P) const {
  llvm::StringRef EntryDir =
      llvm::sys::path::parent_path(A.entry(P).Loc.File);
  for (const OutboxEvidence &O : Found)
    if (llvm::is_contained(O.Services, P.Service))
      return &O;
  for (const OutboxEvidence &O : Found)
    if (llvm::sys::path::parent_path(O.Loc.File) == EntryDir)
      return &O;
  return nullptr;
}

} // namespace decouple
