//===- ShardDump.cpp - A shard as JSON, for people and tests --------------===//
#include "index/ShardDump.h"
#include "index/ShardKey.h"

#include <nlohmann/json.hpp>

namespace decouple {

void dumpShard(const Shard &S, llvm::raw_ostream &OS) {
  using nlohmann::json;
  auto Loc = [](const Location &L) {
    return json{{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
  };
  const TuSummary &T = S.Summary;
  json J = {{"format_version", ShardFormatVersion},
            {"key", {{"digest", keyDigest(S.Key, S.Summary.Includes)},
                     {"command", S.Key.CommandDigest},
                     {"rules", S.Key.RulesDigest},
                     {"tool_version", S.Key.ToolVersion}}},
            {"main_file", T.MainFile},
            {"unresolved_indirect", T.UnresolvedIndirect},
            {"error_count", T.ErrorCount},
            {"errors", T.Errors},
            {"includes", json::array()},
            {"functions", json::array()},
            {"calls", json::array()},
            {"sites", json::array()}};
  for (const IncludedFile &F : T.Includes)
    J["includes"].push_back({{"path", F.Path}, {"digest", F.Digest}});
  for (const FunctionInfo &F : T.Functions)
    J["functions"].push_back({{"usr", F.Usr}, {"name", F.Name},
                              {"location", Loc(F.Loc)},
                              {"coroutine", F.IsCoroutine},
                              {"lambda", F.IsLambda},
                              {"defined", F.HasBody},
                              {"overrides", F.Overrides}});
  for (const CallEdge &C : T.Calls)
    J["calls"].push_back({{"caller", C.Caller}, {"callee", C.Callee},
                          {"kind", edgeKindName(C.Kind)},
                          {"location", Loc(C.Loc)}});
  for (const Site &X : T.Sites) {
    json Site = {{"kind", siteKindName(X.Kind)}, {"function", X.Function},
                 {"rule", X.RuleId}, {"location", Loc(X.Loc)},
                 {"callee", X.Callee}, {"service", X.Service}, {"via", X.Via}};
    if (!X.Protocol.empty())
      Site["protocol"] = X.Protocol;
    if (X.Kind == SiteKind::EntryPoint) {
      Site["consumer"] = X.Consumer;
      Site["event_loop"] = X.EventLoop;
    }
    if (X.Kind == SiteKind::RemoteCall) {
      Site["mode"] = callModeName(X.Mode);
      Site["deadline"] = deadlineKindName(X.Deadline);
      if (X.DeadlineMs >= 0)
        Site["deadline_ms"] = X.DeadlineMs;
      Site["result_used"] = X.ResultUsed;
      if (X.ResponseReadAt.valid())
        Site["response_read_at"] = Loc(X.ResponseReadAt);
      if (X.ReusedDeadline)
        Site["reused_deadline"] = true;
      if (!X.Streaming.empty())
        Site["streaming"] = X.Streaming;
      if (!X.Interface.empty())
        Site["interface"] = X.Interface;
      if (!X.ContextVar.empty())
        Site["context_var"] = X.ContextVar + (X.ContextIsPointer ? "->" : ".");
      if (!X.InboundVar.empty())
        Site["inbound_var"] = X.InboundVar + (X.InboundIsPointer ? "->" : ".");
      if (X.StatementStart.valid())
        Site["statement_start"] = Loc(X.StatementStart);
    }
    J["sites"].push_back(std::move(Site));
  }
  OS << J.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

} // namespace decouple
