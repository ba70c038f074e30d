//===- ProjectConfig.cpp --------------------------------------------------===//
#include "analysis/ProjectConfig.h"
#include "support/JsonDocument.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <set>

namespace decouple {

std::string ProjectConfig::serviceForPath(const std::string &Path) const {
  llvm::StringRef Rel(Path);
  if (!Directory.empty() && Rel.starts_with(Directory + "/"))
    Rel = Rel.drop_front(Directory.size() + 1);
  for (const ServicePaths &S : Services)
    if (matchesAny(S.Paths, Rel) || matchesAny(S.Paths, Path))
      return S.Name;
  return "";
}

std::string ProjectConfig::where(const std::string &Pointer) const {
  auto It = Positions.find(Pointer);
  return It != Positions.end() ? It->second : File;
}

bool ProjectConfig::excluded(const std::string &Path) const {
  llvm::StringRef Rel(Path);
  if (!Directory.empty() && Rel.starts_with(Directory + "/"))
    Rel = Rel.drop_front(Directory.size() + 1);
  for (const Glob &G : Exclude) {
    // "**/" also matches no directory at all, as in .gitignore.
    llvm::StringRef P(G.pattern());
    if (G.matches(Rel) || (P.consume_front("**/") && Glob(P).matches(Rel)))
      return true;
  }
  return false;
}

std::string ProjectConfig::failOnFor(const std::string &CheckId) const {
  for (const auto &[G, Level] : FailOn)
    if (G.matches(CheckId))
      return Level;
  return "";
}

bool ProjectConfig::allowed(const std::string &Callee) const {
  if (matchesAny(AllowCallees, Callee))
    return true;
  size_t Sep = Callee.rfind("::");
  return Sep != std::string::npos &&
         matchesAny(AllowTypes, llvm::StringRef(Callee).take_front(Sep));
}

std::string ProjectConfig::deadlineTemplate(const std::string &Protocol) const {
  for (const std::string &Key : {Protocol, std::string("*")})
    if (auto It = DeadlineTemplates.find(Key); It != DeadlineTemplates.end())
      return It->second; // "" switches the fix-it off
  // The inbound ServerContext's deadline, on the call's ClientContext.
  if (Protocol == "grpc")
    return "{context.}set_deadline({inbound.}deadline());";
  return "";
}

std::string ProjectConfig::canonicalService(const std::string &Name) const {
  auto It = Aliases.find(Name);
  return It != Aliases.end() ? It->second : Name;
}

bool loadProjectRules(const ProjectConfig &Config,
                      const std::vector<std::string> &Extra, RuleSet &Rules,
                      std::vector<std::string> &Errors) {
  bool Ok = loadRulePackDir(builtinRulesDir(), Rules, Errors);
  for (const std::string &F : Config.RuleFiles)
    Ok &= loadRulePack(F, Rules, Errors);
  for (const std::string &F : Extra)
    Ok &= loadRulePack(F, Rules, Errors);
  return Ok;
}

std::string findProjectConfig(const std::string &Dir) {
  llvm::SmallString<256> P(Dir);
  llvm::sys::fs::make_absolute(P);
  while (!P.empty()) {
    llvm::SmallString<256> Candidate(P);
    llvm::sys::path::append(Candidate, ".decouple.json");
    if (llvm::sys::fs::exists(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(P);
    if (Parent == P)
      break;
    P = Parent;
  }
  return "";
}

namespace {
/// "deadline": one template for every protocol, or protocol -> template
/// ({"grpc": "...", "http": "..."}).
void readDeadlineTemplates(
    const nlohmann::json &V, const std::string &P, ProjectConfig &Config,
    llvm::function_ref<void(const std::string &, const std::string &)> Fail) {
  if (V.is_string()) {
    Config.DeadlineTemplates["*"] = V.get<std::string>();
    return;
  }
  if (!V.is_object()) {
    Fail(P, "expected a template string, or an object: protocol -> template");
    return;
  }
  for (auto T = V.begin(); T != V.end(); ++T) {
    if (T.value().is_string())
      Config.DeadlineTemplates[T.key()] = T.value().get<std::string>();
    else
      Fail(P + "/" + T.key(), "expected a template string");
  }
}
} // namespace

bool loadProjectConfig(const std::string &Path, ProjectConfig &Config,
                       std::vector<std::string> &Errors) {
  JsonDocument Doc;
  std::string Error;
  if (!loadJsonDocument(Path, Doc, Error)) {
    Errors.push_back(Error.insert(Error.find(": ") + 2, "error: "));
    return false;
  }
  size_t Before = Errors.size();
  auto Fail = [&](const std::string &Pointer, const std::string &Message) {
    Errors.push_back(Doc.where(Pointer) + ": error: " + Message);
  };
  const nlohmann::json &Root = Doc.Value;
  Config.File = Path;
  Config.Directory = std::string(llvm::sys::path::parent_path(Path));
  if (!Root.is_object()) {
    Fail("", "expected an object");
    return false;
  }
  auto Resolve = [&](const std::string &P) {
    llvm::SmallString<256> Abs(P);
    if (llvm::sys::path::is_relative(Abs))
      llvm::sys::path::make_absolute(Config.Directory, Abs);
    llvm::sys::path::remove_dots(Abs, true);
    return std::string(Abs);
  };
  auto Strings = [&](const nlohmann::json &V, const std::string &P,
                     auto &&Add) {
    if (!V.is_array()) {
      Fail(P, "expected an array of strings");
      return;
    }
    for (size_t I = 0; I < V.size(); ++I) {
      if (V[I].is_string())
        Add(V[I].get<std::string>());
      else
        Fail(P + "/" + std::to_string(I), "expected a string");
    }
  };
  for (auto It = Root.begin(); It != Root.end(); ++It) {
    const std::string &Key = It.key();
    const nlohmann::json &V = It.value();
    std::string P = "/" + Key;
    if (Key == "version") {
      if (V != 1)
        Fail(P, "expected 1");
    } else if (Key == "rules") {
      Strings(V, P, [&](std::string S) { Config.RuleFiles.push_back(Resolve(S)); });
    } else if (Key == "index_dir" || Key == "project_root") {
      if (!V.is_string())
        Fail(P, "expected a path string");
      else
        (Key == "index_dir" ? Config.IndexDir : Config.ProjectRoot) =
            Resolve(V.get<std::string>());
    } else if (Key == "services") {
      if (!V.is_object()) {
        Fail(P, "expected an object: service name -> array of path globs");
        continue;
      }
      for (auto S = V.begin(); S != V.end(); ++S) {
        ServicePaths SP{S.key(), {}};
        Strings(S.value(), P + "/" + S.key(),
                [&](std::string G) { SP.Paths.emplace_back(G); });
        Config.Services.push_back(std::move(SP));
      }
    } else if (Key == "allow") {
      if (!V.is_object()) {
        Fail(P, "expected {\"callees\": [...], \"types\": [...]}");
        continue;
      }
      for (auto A = V.begin(); A != V.end(); ++A) {
        bool Callees = A.key() == "callees";
        if (!Callees && A.key() != "types") {
          Fail(P + "/" + A.key() + "#key",
               "unknown key \"" + A.key() + "\"; expected callees or types");
          continue;
        }
        std::string AP = P + "/" + A.key();
        const char *Field = Callees ? "callee" : "type";
        if (!A.value().is_array()) {
          Fail(AP, "expected an array of strings or {\"" + std::string(Field) +
                       "\": ..., \"reason\": ...}");
          continue;
        }
        for (size_t I = 0; I < A.value().size(); ++I) {
          const nlohmann::json &E = A.value()[I];
          std::string EP = AP + "/" + std::to_string(I);
          std::string Pattern, Reason;
          if (E.is_string()) {
            Pattern = E.get<std::string>();
          } else if (E.is_object() && E.contains(Field) && E[Field].is_string() &&
                     (!E.contains("reason") || E["reason"].is_string())) {
            Pattern = E[Field].get<std::string>();
            Reason = E.value("reason", "");
            for (auto K = E.begin(); K != E.end(); ++K)
              if (K.key() != Field && K.key() != "reason")
                Fail(EP + "/" + K.key() + "#key",
                     "unknown key \"" + K.key() + "\"; expected " + Field +
                         " or reason");
          } else {
            Fail(EP, "expected a string or {\"" + std::string(Field) +
                         "\": \"...\", \"reason\": \"...\"}");
            continue;
          }
          (Callees ? Config.AllowCallees : Config.AllowTypes).emplace_back(Pattern);
          if (!Reason.empty())
            Config.AllowReasons[Pattern] = Reason;
        }
      }
    } else if (Key == "exclude") {
      Strings(V, P, [&](std::string G) { Config.Exclude.emplace_back(G); });
    } else if (Key == "fail_on") {
      if (!V.is_object()) {
        Fail(P, "expected an object: check id or glob -> note, warning, error "
                "or never");
        continue;
      }
      for (auto F = V.begin(); F != V.end(); ++F) {
        static const std::set<std::string> Levels = {"note", "warning", "error",
                                                     "never"};
        if (!F.value().is_string() || !Levels.count(F.value().get<std::string>())) {
          Fail(P + "/" + F.key(), "expected note, warning, error or never");
          continue;
        }
        Config.FailOn.emplace_back(Glob(F.key()), F.value().get<std::string>());
      }
    } else if (Key == "checks") {
      if (!V.is_object()) {
        Fail(P, "expected an object: check id -> {option: value}");
        continue;
      }
      for (auto C = V.begin(); C != V.end(); ++C) {
        std::string CP = P + "/" + C.key();
        Config.Positions[CP + "#key"] = Doc.where(CP + "#key");
        if (!C.value().is_object()) {
          Fail(P + "/" + C.key(), "expected an object of options");
          continue;
        }
        for (auto O = C.value().begin(); O != C.value().end(); ++O) {
          const nlohmann::json &OV = O.value();
          Config.Positions[CP + "/" + O.key() + "#key"] =
              Doc.where(CP + "/" + O.key() + "#key");
          if (OV.is_string())
            Config.CheckOptions[C.key()][O.key()] = OV.get<std::string>();
          else if (OV.is_number() || OV.is_boolean())
            Config.CheckOptions[C.key()][O.key()] = OV.dump();
          else
            Fail(P + "/" + C.key() + "/" + O.key(),
                 "expected a string, number or boolean");
        }
      }
    } else if (Key == "fixits") {
      if (!V.is_object()) {
        Fail(P, "expected {\"publish\": \"...\", \"outbox\": \"...\", "
                "\"deadline\": \"...\"}");
        continue;
      }
      for (auto F = V.begin(); F != V.end(); ++F) {
        if (F.key() == "deadline") {
          readDeadlineTemplates(F.value(), P + "/deadline", Config, Fail);
          continue;
        }
        if ((F.key() != "publish" && F.key() != "outbox") ||
            !F.value().is_string()) {
          Fail(P + "/" + F.key() + "#key",
               "expected \"publish\", \"outbox\" or \"deadline\" with a "
               "template string");
          continue;
        }
        (F.key() == "publish" ? Config.PublishTemplate
                              : Config.OutboxTemplate) =
            F.value().get<std::string>();
      }
    } else if (Key == "aliases") {
      if (!V.is_object()) {
        Fail(P, "expected an object: service name -> array of other names");
        continue;
      }
      for (auto S = V.begin(); S != V.end(); ++S)
        Strings(S.value(), P + "/" + S.key(),
                [&](std::string Name) { Config.Aliases[Name] = S.key(); });
    } else if (Key == "map") {
      auto H = V.is_object() ? V.find("hopAvailability") : V.end();
      if (!V.is_object() || V.size() != 1 || H == V.end())
        Fail(P, "expected {\"hopAvailability\": <number in (0, 1]>}");
      else if (!H->is_number() || *H <= 0 || *H > 1)
        Fail(P + "/hopAvailability", "expected a number in (0, 1]");
      else
        Config.HopAvailability = H->get<double>();
    } else {
      Fail(P + "#key", "unknown key \"" + Key +
                           "\"; expected one of: version, rules, services, "
                           "allow, exclude, fail_on, checks, fixits, "
                           "index_dir, project_root, aliases, map");
    }
  }
  return Errors.size() == Before;
}

} // namespace decouple
