//===- ProjectConfig.h - .decouple.json, the project's settings -*- C++ -*-===//
//
// One file, found by walking up from the sources, configures every front
// door alike: extra rule packs, service names for path globs, allow-listed
// callees and types, check options and severities, and the publish/outbox
// APIs that turn suggestions into fix-its.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_ANALYSIS_PROJECTCONFIG_H
#define DECOUPLE_ANALYSIS_PROJECTCONFIG_H

#include "support/Glob.h"
#include "rules/RuleSet.h"

#include <map>
#include <string>
#include <vector>

namespace decouple {

struct ServicePaths {
  std::string Name;
  std::vector<Glob> Paths;
};

struct ProjectConfig {
  std::string File;      // the .decouple.json this came from, or empty
  std::string Directory; // its directory: relative paths resolve here
  std::vector<std::string> RuleFiles;
  std::vector<ServicePaths> Services;
  std::vector<Glob> AllowCallees, AllowTypes;
  /// Why an allow-list entry is there ({"callee": ..., "reason": ...}).
  std::map<std::string, std::string> AllowReasons;
  /// "exclude": path globs, relative to Directory; findings in them are
  /// dropped ("third_party/**", "**/*_test.cpp").
  std::vector<Glob> Exclude;
  /// "fail_on": check id (or glob) -> the lowest severity that fails the
  /// run for that check: note, warning, error, or never.
  std::vector<std::pair<Glob, std::string>> FailOn;
  /// Check id -> option name -> value ("Severity" included).
  std::map<std::string, std::map<std::string, std::string>> CheckOptions;
  /// Fix-it templates: {call}, {request}, {service}, {method} expand.
  std::string PublishTemplate, OutboxTemplate;
  /// "fixits": {"deadline": ...}: protocol -> the line inserted before a
  /// call without a deadline; "*" for a template given as one string, for
  /// every protocol. {context.}, {inbound.}, {context}, {inbound} expand.
  std::map<std::string, std::string> DeadlineTemplates;
  std::string IndexDir;
  /// "aliases": another name (a runtime service name, a host) -> the
  /// service name in code; `decouple map --diff` matches through it.
  std::map<std::string, std::string> Aliases;
  /// "map": {"hopAvailability": h}; 0 when not set.
  double HopAvailability = 0;
  std::string ProjectRoot;

  /// "file:line:col" of a JSON pointer in the file (keys: pointer + "#key"),
  /// for the places later checks validate; the file name otherwise.
  std::map<std::string, std::string> Positions;
  std::string where(const std::string &Pointer) const;

  /// Service for a source path from the "services" globs, or "".
  std::string serviceForPath(const std::string &Path) const;
  /// Whether \p Path (absolute) matches an "exclude" glob.
  bool excluded(const std::string &Path) const;
  /// The "fail_on" value for \p CheckId, or "" when the config says none.
  std::string failOnFor(const std::string &CheckId) const;
  /// Whether the user allow-listed this callee ("ns::Type::method").
  bool allowed(const std::string &Callee) const;
  /// The deadline fix-it's template for a call of \p Protocol: the
  /// configured one, else the built-in one for "grpc"; "" for none.
  std::string deadlineTemplate(const std::string &Protocol) const;
  /// The code's name for \p Name through "aliases" (itself if none).
  std::string canonicalService(const std::string &Name) const;
};

/// The rule set a project analyses with, the same in every front door: the
/// built-in packs, then the config's packs, then \p Extra (--rules).
bool loadProjectRules(const ProjectConfig &Config,
                      const std::vector<std::string> &Extra, RuleSet &Rules,
                      std::vector<std::string> &Errors);

/// Loads a config file; errors are "file:line:col: error: ...".
bool loadProjectConfig(const std::string &Path, ProjectConfig &Config,
                       std::vector<std::string> &Errors);

/// The nearest .decouple.json in \p Dir or above, or "".
std::string findProjectConfig(const std::string &Dir);

} // namespace decouple

#endif
