//===- PackReaderRules.cpp - A rule object and its "match" conditions -----===//
#include "rules/PackReader.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace decouple {

using nlohmann::json;

void PackReader::readMatch(const json &M, const std::string &P, MatchSpec &Out) {
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
  readOptGlobs(M, "callee", P, Out.Callee);
  readOptGlobs(M, "method_of", P, Out.MethodOf);
  readOptGlobs(M, "not_method_of", P, Out.NotMethodOf);
  readOptGlobs(M, "class_derived_from", P, Out.ClassDerivedFrom);
  readOptGlobs(M, "unless_class_has_method", P, Out.UnlessClassHasMethod);
  readOptGlobs(M, "class_has_method", P, Out.ClassHasMethod);
  readOptGlobs(M, "path", P, Out.Path);
  if (M.contains("overrides")) {
    const json &O = M["overrides"];
    std::string OP = P + "/overrides";
    OverrideSpec Spec;
    if (!O.is_object() || O.empty()) {
      error(OP, "expected an object with \"class\", \"class_derived_from\" "
                "and/or \"method\"");
    } else {
      knownKeys(O, OP, {"class", "not_class", "class_derived_from", "method"});
      readOptGlobs(O, "class", OP, Spec.Class);
      readOptGlobs(O, "not_class", OP, Spec.NotClass);
      readOptGlobs(O, "class_derived_from", OP, Spec.ClassDerivedFrom);
      readOptGlobs(O, "method", OP, Spec.Method);
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

bool PackReader::readRule(const json &J, const std::string &P, Rule &R) {
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
  readOptGlobs(J, "unless_handler_holds", P, R.UnlessHandlerHolds);
  readOptIndex(J, "route_arg", P, R.RouteArg);
  readOptIndex(J, "method_arg", P, R.MethodArg);
  readOptGlobs(J, "route_call", P, R.RouteCall);
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

} // namespace decouple
