//===- ChangedSince.h - check --since <git-rev> -----------------*- C++ -*-===//
//
// Which files changed since a git revision, and which TUs that touches: a
// TU is affected when its recorded include graph (TuSummary::Includes, main
// file first) holds a changed file. No second include scan: the graph is the
// one the index stored when it extracted the TU.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_CHANGEDSINCE_H
#define DECOUPLE_DRIVER_CHANGEDSINCE_H

#include "index/ShardStore.h"

#include <set>
#include <string>
#include <vector>

namespace decouple {

/// The files of the git work tree holding \p Dir that differ from \p Rev:
/// committed since, modified, staged or untracked (not ignored); normalised
/// absolute paths. False with \p Error (naming the revision) when \p Dir is
/// not in a git work tree, git is missing, or \p Rev names no commit.
bool changedFilesSince(const std::string &Rev, const std::string &Dir,
                       std::set<std::string> &Changed, std::string &Error);

/// The main files of the TUs whose include graph holds a changed file.
std::set<std::string> affectedTus(const std::vector<Shard> &Shards,
                                  const std::set<std::string> &Changed);

} // namespace decouple

#endif
