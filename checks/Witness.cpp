//===- Witness.cpp --------------------------------------------------------===//
#include "checks/Witness.h"

#include <map>

namespace decouple {

namespace {
std::string protocolWord(const std::string &P) {
  if (P == "grpc") return "gRPC";
  if (P == "http") return "HTTP";
  if (P == "thrift") return "Thrift";
  if (P.empty()) return "remote";
  return P;
}

/// RPC protocols name calls Service.Method; HTTP names them by route or
/// URL, and a call that only knows its host says "call to <host>".
bool isRpc(const Site &S) {
  return !S.Protocol.empty() && S.Protocol != "http" && !S.Service.empty() &&
         !S.Via.empty() && S.Via != S.Service &&
         S.Via.find_first_of("/:") == std::string::npos;
}
} // namespace

std::string entryPointName(const Analysis &A, const RequestPath &P) {
  const Site &E = A.entry(P);
  std::string Word = E.Consumer ? "consumer" : protocolWord(E.Protocol);
  if (!E.Consumer && isRpc(E))
    return Word + " " + P.Service + "." + E.Via;
  return Word + " " + (E.Via.empty() ? A.function(P.Handler).Name : E.Via);
}

std::string describeEntry(const Analysis &A, const RequestPath &P) {
  const Site &E = A.entry(P);
  std::string Out = entryPointName(A, P);
  if (!E.Consumer && isRpc(E))
    return Out;
  return Out + " (service " + P.Service + (P.ServiceGuessed ? ", named after its directory" : "") + ")";
}

std::string describeRemoteCall(const Site &S) {
  std::string Word = protocolWord(S.Protocol);
  if (!S.Streaming.empty())
    Word += " " + S.Streaming + "-streaming";
  if (isRpc(S))
    return Word + " call " + S.Service + "." + S.Via;
  if (!S.Service.empty())
    return Word + " call to " + S.Service;
  return Word + " call " + S.Callee;
}

void addWitness(const Analysis &A, const RequestPath &P, const Reach &R,
                Finding &F) {
  F.Notes.push_back({A.entry(P).Loc, "request path starts at " +
                                         describeEntry(A, P)});
  for (size_t I = 1; I < R.Witness.size(); ++I)
    F.Notes.push_back({R.Witness[I].CallSite,
                       "calls " + A.function(R.Witness[I].Function).Name});
  const Site &S = A.site(R.Site);
  // Through an interface: say which implementation the call reaches.
  if (!S.Interface.empty())
    F.Notes.push_back({S.Loc, "calls " + S.Interface + ", which dispatches to " +
                                  S.Callee +
                                  (S.GeneratedImplementation ? " (generated)"
                                                             : "")});
  if (!F.Path.empty())
    return;
  F.Path = {entryPointName(A, P), P.Service, S.Service, callModeName(S.Mode), {A.entry(P).Loc}};
  for (size_t I = 1; I < R.Witness.size(); ++I)
    F.Path.Witness.push_back(R.Witness[I].CallSite);
  F.Path.Witness.push_back(S.Loc);
}

std::vector<FirstReach> firstReaches(const Analysis &A,
                                     bool (*Want)(const Site &)) {
  std::vector<FirstReach> Out;
  std::map<SiteId, size_t> Seen;
  for (const RequestPath &P : A.Paths) {
    if (A.entry(P).Consumer)
      continue;
    for (const Reach &R : P.Reaches) {
      const Site &S = A.site(R.Site);
      if (!Want(S) || allowListed(A, S))
        continue;
      auto [It, Inserted] = Seen.try_emplace(R.Site, Out.size());
      if (Inserted)
        Out.push_back({&P, &R, 1});
      else
        ++Out[It->second].EntryCount;
    }
  }
  return Out;
}

std::string suggestionFor(const Site &S) {
  if (!S.ResultUsed)
    return "nothing reads the response: publish a message (command or event) "
           "to a queue instead, and answer 202 Accepted";
  return "the response is needed: serve it from a local read model kept up "
         "to date by " + (S.Service.empty() ? std::string("the owner's")
                                            : S.Service + "'s") +
         " events, or a cache; if it must stay synchronous, give it a "
         "deadline and a circuit breaker";
}

namespace {
/// "ctx." or "ctx->": a variable ready for a member; "" without a name.
std::string memberAccess(const std::string &Var, bool Pointer) {
  return Var.empty() ? "" : Var + (Pointer ? "->" : ".");
}
} // namespace

std::string expandTemplate(const std::string &Template, const Site &S) {
  std::string Out;
  for (size_t I = 0; I < Template.size(); ++I) {
    auto Take = [&](const char *Name, const std::string &Value) {
      size_t Len = std::char_traits<char>::length(Name);
      if (Template.compare(I, Len, Name) != 0)
        return false;
      Out += Value;
      I += Len - 1;
      return true;
    };
    if (Template[I] == '{' &&
        (Take("{service}", S.Service) || Take("{method}", S.Via) ||
         Take("{request}", S.RequestText) || Take("{call}", S.CallText) ||
         Take("{context}", S.ContextVar) || Take("{inbound}", S.InboundVar) ||
         Take("{context.}", memberAccess(S.ContextVar, S.ContextIsPointer)) ||
         Take("{inbound.}", memberAccess(S.InboundVar, S.InboundIsPointer))))
      continue;
    Out += Template[I];
  }
  return Out;
}

bool allowListed(const Analysis &A, const Site &S) {
  return A.Config.allowed(S.Callee);
}

} // namespace decouple
