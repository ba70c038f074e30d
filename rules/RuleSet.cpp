//===- RuleSet.cpp - Parsing and validating rule packs --------------------===//
//
// One pack's text to rules, with every error it has. Finding the pack files,
// reading them and hashing them is RulePackFiles.cpp.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleSet.h"
#include "support/JsonDocument.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <set>

namespace decouple {

const char *roleName(Role R) {
  switch (R) {
#define ROLE(Enumerator, Name)                                                 \
  case Role::Enumerator:                                                       \
    return Name;
#include "rules/Roles.def"
  }
  return "?";
}

namespace {

using nlohmann::json;

/// Reads one pack, collecting every error rather than stopping at the first:
/// a user fixing a pack wants the whole list.
class PackReader {
public:
  PackReader(const JsonDocument &Doc, std::vector<std::string> &Errors)
      : Doc(Doc), Errors(Errors) {}

  bool read(RuleSet &Set) {
    const json &Root = Doc.Value;
    if (!Root.is_object()) {
      error("", "expected an object with \"version\" and \"rules\"");
      return false;
    }
    knownKeys(Root, "", {"version", "name", "description", "rules"});
    if (!Root.contains("version"))
      error("", "missing \"version\" (this tool reads version " +
                    std::to_string(RuleFormatVersion) + ")");
    else if (!Root["version"].is_number_integer() ||
             Root["version"].get<int>() != RuleFormatVersion)
      error("/version", "unsupported version; expected " +
                            std::to_string(RuleFormatVersion));
    if (!Root.contains("rules") || !Root["rules"].is_array()) {
      error(Root.contains("rules") ? "/rules" : "",
            "expected \"rules\": an array of rule objects");
      return false;
    }
    size_t Before = Errors.size();
    std::set<std::string> Ids;
    for (const Rule &R : Set.Rules)
      Ids.insert(R.Id);
    const json &Rules = Root["rules"];
    for (size_t I = 0; I < Rules.size(); ++I) {
      Rule R;
      if (readRule(Rules[I], "/rules/" + std::to_string(I), R)) {
        if (!Ids.insert(R.Id).second)
          error("/rules/" + std::to_string(I) + "/id",
                "duplicate rule id \"" + R.Id + "\"");
        else
          Set.Rules.push_back(std::move(R));
      }
    }
    return Errors.size() == Before;
  }

private:
  const JsonDocument &Doc;
  std::vector<std::string> &Errors;

  void error(const std::string &Pointer, const std::string &Message) {
    Errors.push_back(Doc.where(Pointer) + ": error: " + Message);
  }

  void knownKeys(const json &Obj, const std::string &Pointer,
                 std::initializer_list<const char *> Keys) {
    for (auto It = Obj.begin(); It != Obj.end(); ++It) {
      bool Known = std::any_of(Keys.begin(), Keys.end(), [&](const char *K) {
        return It.key() == K;
      });
      if (!Known) {
        std::string Expected;
        for (const char *K : Keys)
          Expected += std::string(Expected.empty() ? "" : ", ") + K;
        error(Pointer + "/" + It.key() + "#key",
              "unknown key \"" + It.key() + "\"; expected one of: " +
                  Expected);
      }
    }
  }

  bool readIndex(const json &V, const std::string &Pointer, unsigned &Out) {
    if (!V.is_number_integer() || V.get<long long>() < 0) {
      error(Pointer, "expected a non-negative argument index");
      return false;
    }
    Out = V.get<unsigned>();
    return true;
  }

  void readOptIndex(const json &Obj, const char *Key, const std::string &P,
                    std::optional<unsigned> &Out) {
    if (!Obj.contains(Key))
      return;
    unsigned V;
    if (readIndex(Obj[Key], P + "/" + Key, V))
      Out = V;
  }

  void readGlobs(const json &V, const std::string &Pointer,
                 std::vector<Glob> &Out) {
    if (V.is_string()) {
      Out.emplace_back(V.get<std::string>());
      return;
    }
    if (V.is_array() && !V.empty()) {
      for (size_t I = 0; I < V.size(); ++I) {
        if (V[I].is_string())
          Out.emplace_back(V[I].get<std::string>());
        else
          error(Pointer + "/" + std::to_string(I), "expected a pattern string");
      }
      return;
    }
    error(Pointer, "expected a pattern string or a non-empty array of them");
  }

  void readString(const json &Obj, const char *Key, const std::string &P,
                  std::string &Out) {
    if (!Obj.contains(Key))
      return;
    if (Obj[Key].is_string())
      Out = Obj[Key].get<std::string>();
    else
      error(P + "/" + Key, std::string("expected a string for \"") + Key +
                               "\"");
  }

  /// "receiver" or {"arg": k}.
  void readOperand(const json &Obj, const char *Key, const std::string &P,
                   Operand &Out) {
    if (!Obj.contains(Key))
      return;
    const json &V = Obj[Key];
    std::string Ptr = P + "/" + Key;
    if (V.is_string() && V.get<std::string>() == "receiver") {
      Out.K = Operand::Receiver;
      return;
    }
    if (V.is_string() && V.get<std::string>() == "result") {
      Out.K = Operand::Result;
      return;
    }
    if (V.is_object() && V.contains("arg") && V.size() == 1) {
      if (readIndex(V["arg"], Ptr + "/arg", Out.Index))
        Out.K = Operand::Argument;
      return;
    }
    error(Ptr, "expected \"receiver\", \"result\" or {\"arg\": <index>}");
  }

  std::optional<Role> readRole(const json &V, const std::string &P) {
    static const Role All[] = {
#define ROLE(Enumerator, Name) Role::Enumerator,
#include "rules/Roles.def"
    };
    std::string Names;
    for (Role R : All) {
      if (V.is_string() && V.get<std::string>() == roleName(R))
        return R;
      Names += std::string(Names.empty() ? "" : ", ") + roleName(R);
    }
    error(P, "expected a role, one of: " + Names);
    return std::nullopt;
  }

  void readMatch(const json &M, const std::string &P, MatchSpec &Out) {
    if (!M.is_object()) {
      error(P, "expected an object of match conditions");
      return;
    }
    knownKeys(M, P,
              {"callee", "method_of", "not_method_of", "class_derived_from",
               "unless_class_has_method", "class_has_method", "overrides",
               "param_types",
               "returns", "param_count", "arg_equals", "arg_first_word",
               "unless_arg_first_word", "annotation",
               "matcher", "path", "receiver_type"});
    if (M.empty())
      error(P, "expected at least one match condition");
    if (M.contains("callee"))
      readGlobs(M["callee"], P + "/callee", Out.Callee);
    if (M.contains("method_of"))
      readGlobs(M["method_of"], P + "/method_of", Out.MethodOf);
    if (M.contains("not_method_of"))
      readGlobs(M["not_method_of"], P + "/not_method_of", Out.NotMethodOf);
    if (M.contains("class_derived_from"))
      readGlobs(M["class_derived_from"], P + "/class_derived_from",
                Out.ClassDerivedFrom);
    if (M.contains("unless_class_has_method"))
      readGlobs(M["unless_class_has_method"], P + "/unless_class_has_method",
                Out.UnlessClassHasMethod);
    if (M.contains("class_has_method"))
      readGlobs(M["class_has_method"], P + "/class_has_method",
                Out.ClassHasMethod);
    if (M.contains("path"))
      readGlobs(M["path"], P + "/path", Out.Path);
    if (M.contains("overrides")) {
      const json &O = M["overrides"];
      std::string OP = P + "/overrides";
      OverrideSpec Spec;
      if (!O.is_object() || O.empty()) {
        error(OP, "expected an object with \"class\", \"class_derived_from\" "
                  "and/or \"method\"");
      } else {
        knownKeys(O, OP, {"class", "not_class", "class_derived_from", "method"});
        if (O.contains("class"))
          readGlobs(O["class"], OP + "/class", Spec.Class);
        if (O.contains("not_class"))
          readGlobs(O["not_class"], OP + "/not_class", Spec.NotClass);
        if (O.contains("class_derived_from"))
          readGlobs(O["class_derived_from"], OP + "/class_derived_from",
                    Spec.ClassDerivedFrom);
        if (O.contains("method"))
          readGlobs(O["method"], OP + "/method", Spec.Method);
      }
      Out.Overrides = std::move(Spec);
    }
    for (const char *Key : {"param_types", "arg_equals", "arg_first_word",
                            "unless_arg_first_word"}) {
      if (!M.contains(Key))
        continue;
      const json &T = M[Key];
      std::string TP = P + "/" + Key;
      if (!T.is_object()) {
        error(TP, "expected an object keyed by argument index");
        continue;
      }
      for (auto It = T.begin(); It != T.end(); ++It) {
        unsigned Index;
        try {
          size_t Used;
          Index = std::stoul(It.key(), &Used);
          if (Used != It.key().size())
            throw 0;
        } catch (...) {
          error(TP + "/" + It.key() + "#key",
                "expected an argument index such as \"0\"");
          continue;
        }
        std::string VP = TP + "/" + It.key();
        if (std::string(Key) == "param_types") {
          if (It.value().is_string())
            Out.ParamTypes[Index] = Glob(It.value().get<std::string>());
          else
            error(VP, "expected a type pattern string");
        } else {
          std::vector<std::string> Names;
          if (It.value().is_string())
            Names.push_back(It.value().get<std::string>());
          else if (It.value().is_array())
            for (const json &N : It.value())
              if (N.is_string())
                Names.push_back(N.get<std::string>());
          if (Names.empty())
            error(VP, "expected a name or an array of names");
          if (std::string(Key) == "arg_equals") {
            Out.ArgEquals[Index] = std::move(Names);
            continue;
          }
          for (std::string &N : Names)
            N = llvm::StringRef(N).upper();
          (std::string(Key) == "arg_first_word"
               ? Out.ArgFirstWord
               : Out.UnlessArgFirstWord)[Index] = std::move(Names);
        }
      }
    }
    if (M.contains("returns")) {
      if (M["returns"].is_string())
        Out.Returns = Glob(M["returns"].get<std::string>());
      else
        error(P + "/returns", "expected a type pattern string");
    }
    if (M.contains("receiver_type")) {
      if (M["receiver_type"].is_string())
        Out.ReceiverType = Glob(M["receiver_type"].get<std::string>());
      else
        error(P + "/receiver_type", "expected a type pattern string");
    }
    readOptIndex(M, "param_count", P, Out.ParamCount);
    readString(M, "annotation", P, Out.Annotation);
    readString(M, "matcher", P, Out.Matcher);
  }

  bool readRule(const json &J, const std::string &P, Rule &R) {
    size_t Before = Errors.size();
    if (!J.is_object()) {
      error(P, "expected a rule object");
      return false;
    }
    knownKeys(J, P,
              {"id", "role", "protocol", "description", "match",
               "handler_arg", "route_arg", "method_arg", "route_call", "enclosing_function", "event_loop", "service", "style",
               "context", "target", "response_arg", "request_arg", "requires_target", "requires_kind",
               "unless_kind", "streaming", "propagates", "kind", "deadline_arg", "write_verbs", "default_timeout",
               "topic_arg", "topic_fallback_arg", "topic_receiver_arg", "topic_word", "topic_after", "access", "sql_arg", "store", "object",
               "value_arg", "unit", "no_deadline", "unless_handler_holds", "method", "path_arg"});
    R.Pack = Doc.FileName;
    R.Where = Doc.where(P);
    if (!J.contains("id") || !J["id"].is_string() ||
        J["id"].get<std::string>().empty())
      error(J.contains("id") ? P + "/id" : P, "expected a non-empty \"id\"");
    else
      R.Id = J["id"].get<std::string>();
    if (!J.contains("role")) {
      error(P, "missing \"role\"");
    } else if (auto Kind = readRole(J["role"], P + "/role")) {
      R.Kind = *Kind;
    }
    if (!J.contains("match"))
      error(P, "missing \"match\"");
    else
      readMatch(J["match"], P + "/match", R.Match);
    readString(J, "protocol", P, R.Protocol);
    readString(J, "description", P, R.Description);
    readString(J, "default_timeout", P, R.DefaultTimeout);
    readString(J, "store", P, R.Store);
    readOptIndex(J, "handler_arg", P, R.HandlerArg);
    if (J.contains("unless_handler_holds"))
      readGlobs(J["unless_handler_holds"], P + "/unless_handler_holds",
                R.UnlessHandlerHolds);
    readOptIndex(J, "route_arg", P, R.RouteArg);
    readOptIndex(J, "method_arg", P, R.MethodArg);
    if (J.contains("route_call"))
      readGlobs(J["route_call"], P + "/route_call", R.RouteCall);
    readOptIndex(J, "response_arg", P, R.ResponseArg);
    readOptIndex(J, "request_arg", P, R.RequestArg);
    readOptIndex(J, "deadline_arg", P, R.DeadlineArg);
    readString(J, "requires_kind", P, R.RequiresKind);
    readString(J, "unless_kind", P, R.UnlessKind);
    readString(J, "streaming", P, R.Streaming);
    if (!R.Streaming.empty() && R.Streaming != "server" &&
        R.Streaming != "client" && R.Streaming != "bidi")
      error(P + "/streaming", "expected \"server\", \"client\" or \"bidi\"");
    readString(J, "topic_after", P, R.TopicAfter);
    readString(J, "kind", P, R.ObjectKindName);
    if (J.contains("write_verbs")) {
      const json &V = J["write_verbs"];
      if (!V.is_array() || V.empty())
        error(P + "/write_verbs", "expected a non-empty array of verbs");
      else
        for (const json &W : V)
          if (W.is_string())
            R.WriteVerbs.push_back(llvm::StringRef(W.get<std::string>()).upper());
    }
    readOptIndex(J, "topic_arg", P, R.TopicArg);
    readOptIndex(J, "topic_fallback_arg", P, R.TopicFallbackArg);
    readOptIndex(J, "topic_receiver_arg", P, R.TopicReceiverArg);
    readOptIndex(J, "topic_word", P, R.TopicWord);
    readOptIndex(J, "sql_arg", P, R.SqlArg);
    readOptIndex(J, "value_arg", P, R.ValueArg);
    readOptIndex(J, "path_arg", P, R.PathArg);
    readString(J, "method", P, R.Method);
    R.Method = llvm::StringRef(R.Method).upper();
    if ((!R.Method.empty() || R.PathArg) && R.Kind != Role::TargetSetter)
      error(P, "\"method\" and \"path_arg\" are for target-setter rules");
    if (R.MethodArg && R.Kind != Role::TargetSetter && R.Kind != Role::EntryPoint &&
        R.Kind != Role::ConsumerEntryPoint)
      error(P, "\"method_arg\" is for entry-point and target-setter rules");
    readOperand(J, "context", P, R.Context);
    readOperand(J, "object", P, R.Object);
    for (auto [Key, Flag] : {std::pair{"event_loop", &R.EventLoop},
                             std::pair{"enclosing_function",
                                       &R.EnclosingFunction},
                             std::pair{"requires_target",
                                       &R.RequiresTarget},
                             std::pair{"propagates", &R.Propagates}}) {
      if (!J.contains(Key))
        continue;
      if (J[Key].is_boolean())
        *Flag = J[Key].get<bool>();
      else
        error(P + "/" + Key, "expected true or false");
    }
    if (J.contains("no_deadline")) {
      const json &V = J["no_deadline"];
      for (const json &N : V.is_array() ? V : json::array())
        if (N.is_number())
          R.NoDeadline.push_back(N.get<double>());
      if (!V.is_array() || V.empty() || R.NoDeadline.size() != V.size())
        error(P + "/no_deadline", "expected a non-empty array of numbers");
    }
    if (J.contains("unit")) {
      std::string U;
      readString(J, "unit", P, U);
      if (U != "s" && U != "ms")
        error(P + "/unit", "expected \"s\" or \"ms\"");
      R.Unit = U;
    }
    if (J.contains("style")) {
      const json &S = J["style"];
      if (S == "blocking")
        R.Style = CallStyle::Blocking;
      else if (S == "awaitable")
        R.Style = CallStyle::Awaitable;
      else if (S == "async-start")
        R.Style = CallStyle::AsyncStart;
      else
        error(P + "/style",
              "expected \"blocking\", \"awaitable\" or \"async-start\"");
    }
    if (J.contains("access")) {
      const json &A = J["access"];
      if (A == "read")
        R.DataAccess = Rule::Access::Read;
      else if (A == "write")
        R.DataAccess = Rule::Access::Write;
      else if (A == "sql")
        R.DataAccess = Rule::Access::FromSql;
      else if (A == "verb")
        R.DataAccess = Rule::Access::FromVerb;
      else
        error(P + "/access",
              "expected \"read\", \"write\", \"sql\" or \"verb\"");
    }
    if (J.contains("service")) {
      const json &S = J["service"];
      std::string SP = P + "/service";
      if (S.is_object() && S.size() == 1 && S.contains("from") &&
          S["from"] == "idl")
        R.ServiceFromIdl = true;
      else if (S.is_object() && S.size() == 1 && S.contains("name") &&
               S["name"].is_string())
        R.ServiceName = S["name"].get<std::string>();
      else
        error(SP, "expected {\"from\": \"idl\"} or {\"name\": \"<service>\"}");
    }
    if (J.contains("target")) {
      const json &T = J["target"];
      std::string TP = P + "/target";
      if (T.is_object() && T.size() == 1 && T.contains("from") &&
          T["from"] == "idl") {
        R.TargetFromIdl = true;
      } else if (T.is_object() && T.size() == 1 && T.contains("arg")) {
        if (readIndex(T["arg"], TP + "/arg", R.TargetArg.Index))
          R.TargetArg.K = Operand::Argument;
      } else if (T.is_object() && T.size() == 1 &&
                 T.contains("receiver_init_arg")) {
        unsigned I;
        if (readIndex(T["receiver_init_arg"], TP + "/receiver_init_arg", I))
          R.TargetFromReceiverInit = I;
      } else {
        error(TP, "expected {\"from\": \"idl\"}, {\"arg\": k} or "
                  "{\"receiver_init_arg\": k}");
      }
    }
    // Role-specific requirements.
    if (R.Kind == Role::ObjectKind && R.ObjectKindName.empty())
      error(P, "an object-kind rule needs \"kind\": the tag it sets");
    if (R.DataAccess == Rule::Access::FromVerb && R.WriteVerbs.empty())
      error(P, "access \"verb\" needs \"write_verbs\"");
    if ((R.Kind == Role::DeadlineSetter || R.Kind == Role::TargetSetter ||
         R.Kind == Role::ObjectKind) &&
        !R.Object)
      error(P, std::string("a ") + roleName(R.Kind) +
                   " rule needs \"object\": which object it configures");
    if (R.Kind == Role::DatastoreOpen &&
        (!R.Object || !R.ValueArg || R.Store.empty()))
      error(P, "a datastore-open rule needs \"object\" (the handle), "
               "\"value_arg\" (the database name) and \"store\"");
    if ((R.Kind == Role::DetachedSpawn || R.Kind == Role::ScheduledCallback) &&
        !R.HandlerArg)
      error(P, std::string("a ") + roleName(R.Kind) +
                   " rule needs \"handler_arg\"");
    if (!R.UnlessHandlerHolds.empty() && !R.HandlerArg)
      error(P, "\"unless_handler_holds\" needs \"handler_arg\": the "
               "handler it judges");
    if (R.Kind == Role::ServiceNaming &&
        (R.Match.Path.empty() || R.ServiceName.empty()))
      error(P, "a service-naming rule needs \"match\": {\"path\": ...} and "
               "\"service\": {\"name\": ...}");
    return Errors.size() == Before;
  }
};

} // namespace

bool parseRulePack(std::string_view Text, const std::string &Name,
                   RuleSet &Set, std::vector<std::string> &Errors) {
  JsonDocument Doc;
  std::string Error;
  if (!parseJsonDocument(Text, Name, Doc, Error)) {
    Errors.push_back(Error.insert(Error.find(": ") + 2, "error: "));
    return false;
  }
  size_t Before = Set.Rules.size();
  PackReader Reader(Doc, Errors);
  if (!Reader.read(Set)) {
    Set.Rules.resize(Before); // a broken pack contributes nothing
    return false;
  }
  Set.Sources.push_back(Name);
  Set.TextDigests.push_back(
      llvm::xxh3_64bits(llvm::StringRef(Text.data(), Text.size())));
  return true;
}

} // namespace decouple
