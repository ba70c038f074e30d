//===- SharedDatastoreCheck.cpp - coupling-shared-datastore ---------------===//
#include "checks/SharedDatastoreCheck.h"
#include "analysis/ServiceMap.h"
#include "checks/Witness.h"

#include <map>
#include <tuple>

namespace decouple {

void SharedDatastoreCheck::run(const Analysis &A, std::vector<Finding> &Out) const {
  // (store, table) -> service -> its first write (by location) and its path.
  struct Write {
    const Site *S;
    size_t Path;
  };
  std::map<std::pair<std::string, std::string>, std::map<std::string, Write>> Writers;
  auto Earlier = [](const Site &L, const Site &R) {
    return std::tie(L.Loc.File, L.Loc.Line, L.Loc.Column) <
           std::tie(R.Loc.File, R.Loc.Line, R.Loc.Column);
  };
  for (size_t P = 0; P < A.Paths.size(); ++P)
    for (const Reach &R : A.Paths[P].Reaches) {
      const Site &S = A.site(R.Site);
      // Only a named table says two writers share a schema: two services
      // that each write "sqlite" may well use two files.
      std::string Table = S.Kind == SiteKind::DatastoreWrite ? tableOf(S) : "";
      if (Table.empty() || allowListed(A, S))
        continue;
      auto [It, New] = Writers[{datastoreId(S), Table}].try_emplace(
          A.Paths[P].Service, Write{&S, P});
      if (!New && Earlier(S, *It->second.S))
        It->second = {&S, P};
    }
  for (const auto &[Store, ByService] : Writers) {
    if (ByService.size() < 2)
      continue;
    std::string Names;
    for (const auto &[Service, W] : ByService)
      Names += (Names.empty() ? "" : ", ") + Service;
    const Write &First = ByService.begin()->second;
    Finding F = finding(First.S->Loc,
                        "shared datastore: " + Store.first + " table " + Store.second +
                            " is written by " + std::to_string(ByService.size()) +
                            " services (" + Names +
                            "); they are coupled through its schema");
    for (const auto &[Service, W] : ByService)
      F.Notes.push_back({W.S->Loc, Service + " writes " + Store.second + " from " +
                                       describeEntry(A, A.Paths[W.Path])});
    F.Suggestion = "give the table one owner: the other services call the "
                   "owner's API or keep their own copy, fed by its events";
    Out.push_back(std::move(F));
  }
}

} // namespace decouple
