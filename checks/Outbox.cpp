//===- Outbox.cpp ---------------------------------------------------------===//
#include "checks/Outbox.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>

namespace decouple {

namespace {
bool namesOutbox(llvm::StringRef Text) {
  return Text.contains_insensitive("outbox");
}
} // namespace

bool isOutboxWrite(const Site &S) {
  if (S.Kind != SiteKind::DatastoreWrite)
    return false;
  // Via holds the statement's first line: the table follows INTO, UPDATE,
  // FROM; anything naming an outbox there is one.
  llvm::SmallVector<llvm::StringRef, 8> Words;
  llvm::StringRef(S.Via).split(Words, ' ', -1, false);
  for (size_t I = 0; I + 1 < Words.size(); ++I) {
    std::string Word = Words[I].upper();
    if ((Word == "INTO" || Word == "UPDATE" || Word == "FROM") &&
        namesOutbox(Words[I + 1]))
      return true;
  }
  return false;
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
