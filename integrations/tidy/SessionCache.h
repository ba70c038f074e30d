//===- SessionCache.h - One ProjectSession per config, kept open -*- C++ -*-===//
//
// Opening a ProjectSession reads .decouple.json and parses every rule pack
// (the built-in ones and the config's). Inside clangd that happened on
// every AST rebuild. This keeps a session per configuration file and opens
// it again only when a file it read changed: the config, a rule pack, or
// the built-in rule directory's listing (by modification time and size).
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INTEGRATIONS_TIDY_SESSIONCACHE_H
#define DECOUPLE_INTEGRATIONS_TIDY_SESSIONCACHE_H

#include "session/ProjectSession.h"

#include <memory>
#include <string>
#include <vector>

namespace decouple {

struct OpenSession {
  ProjectSession Session;
  std::vector<std::string> Problems; // what open() reported
};

/// The session for a TU whose main file is in \p Dir, as the plugin opens
/// it (clang-tidy reads the .clang-tidy files itself). Shared by every TU
/// under the same .decouple.json, on every thread.
std::shared_ptr<const OpenSession> sessionFor(const std::string &Dir);

} // namespace decouple

#endif
