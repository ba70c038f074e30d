//===- DualWriteCheck.cpp - coupling-dual-write ---===//
#include "checks/DualWriteCheck.h"
#include "checks/Outbox.h"
#include "checks/Witness.h"

#include "llvm/ADT/StringExtras.h"

#include <limits>
#include <set>

namespace decouple {

namespace {

/// What one request path writes, publishes and calls.
struct PathWrites {
  std::vector<const Reach *> Writes, Publishes, Calls;
};

/// A cache-aside fill: before writing store S, the same function read S
/// (the miss) and, after that, another store (the source of truth). What it
/// writes was just read, so it cannot disagree with anything.
bool isCacheFill(const Analysis &A, const RequestPath &P, const Reach &Write) {
  const Site &W = A.site(Write.Site);
  std::vector<const Reach *> Reads; // of a store, in W's function, before W
  for (const Reach &R : P.Reaches) {
    const Site &S = A.site(R.Site);
    if (S.Kind == SiteKind::DatastoreRead && S.Function == W.Function &&
        !S.Service.empty() && runsBefore(R, S.Loc, Write, W.Loc))
      Reads.push_back(&R);
  }
  auto Before = [&](const Reach *X, const Reach *Y) {
    return runsBefore(*X, A.site(X->Site).Loc, *Y, A.site(Y->Site).Loc);
  };
  for (const Reach *Miss : Reads)
    for (const Reach *Source : Reads)
      if (A.site(Miss->Site).Service == W.Service &&
          A.site(Source->Site).Service != W.Service && Before(Miss, Source))
        return true;
  return false;
}

PathWrites collect(const Analysis &A, const RequestPath &P) {
  PathWrites Out;
  for (const Reach &R : P.Reaches) {
    const Site &S = A.site(R.Site);
    if (allowListed(A, S))
      continue;
    if (S.Kind == SiteKind::DatastoreWrite && !isCacheFill(A, P, R))
      Out.Writes.push_back(&R);
    else if (S.Kind == SiteKind::Publish)
      Out.Publishes.push_back(&R);
    else if (S.Kind == SiteKind::RemoteCall)
      Out.Calls.push_back(&R);
  }
  return Out;
}

/// An HTTP call whose method cannot change state (GET, HEAD, OPTIONS),
/// when the API names it.
bool isSafeHttpCall(const Site &S) {
  if (S.Protocol != "http")
    return false;
  llvm::StringRef Name = llvm::StringRef(S.Callee).rsplit("::").second;
  std::string Verb = (Name.empty() ? llvm::StringRef(S.Callee) : Name).upper();
  return Verb == "GET" || Verb == "HEAD" || Verb == "OPTIONS";
}

/// A call that asks rather than changes: an HTTP GET, or one whose response
/// the path reads before it reaches \p Write (the write depends on it).
bool isQuery(const Analysis &A, const Reach &Call, const Reach &Write) {
  const Site &C = A.site(Call.Site);
  return isSafeHttpCall(C) ||
         (C.ResponseReadAt.valid() &&
          runsBefore(Call, C.ResponseReadAt, Write, A.site(Write.Site).Loc));
}

std::string storeOf(const Site &W) {
  return W.Service.empty() ? std::string("a datastore") : W.Service;
}

std::string publishTarget(const Site &S) {
  return S.Via.empty() ? S.Callee : S.Via;
}

Severity weaker(Severity S) {
  return S == Severity::Error ? Severity::Warning : Severity::Note;
}

const char *const OutboxSuggestion =
    "use a transactional outbox: write the event into an outbox table in the "
    "same database transaction, and let a relay publish it";

} // namespace

void DualWriteCheck::addWrite(const Analysis &A, const RequestPath &P,
                              const Reach &Write, Finding &F) const {
  const Site &W = A.site(Write.Site);
  addWitness(A, P, Write, F);
  F.Notes.push_back({W.Loc, "writes to " +
                                (W.Service.empty() ? W.Callee : W.Service) +
                                (W.Via.empty() ? "" : ": " + W.Via)});
}

void DualWriteCheck::addOutboxFixIt(const Analysis &A, const Site &Publish,
                                    Finding &F) const {
  if (!A.Config.OutboxTemplate.empty() && !Publish.CallText.empty())
    F.FixIts.push_back({Publish.Loc,
                        static_cast<unsigned>(Publish.CallText.size()),
                        expandTemplate(A.Config.OutboxTemplate, Publish)});
}

Finding DualWriteCheck::writeAndSend(const Analysis &A, const RequestPath &P,
                                     const Reach &Write, const Reach &Other,
                                     const OutboxEvidence *Outbox) const {
  const Site &W = A.site(Write.Site), &O = A.site(Other.Site);
  bool Publish = O.Kind == SiteKind::Publish;
  std::string OtherWhat = Publish ? "publishes to " + publishTarget(O)
                                  : "makes a " + describeRemoteCall(O);
  std::string Bypass = Outbox ? " directly, bypassing the outbox" : "";
  Finding F = finding(A.entry(P).Loc,
                      "dual write: " + describeEntry(A, P) + " writes to " +
                          storeOf(W) + " and " + OtherWhat + Bypass +
                          "; if one succeeds and the other fails, they "
                          "disagree");
  addWrite(A, P, Write, F);
  addWitness(A, P, Other, F);
  F.Notes.push_back({O.Loc, "and " + OtherWhat + Bypass});
  if (Outbox)
    F.Notes.push_back({Outbox->Loc, "the outbox: " + Outbox->What});
  F.Suggestion = OutboxSuggestion;
  if (Publish)
    addOutboxFixIt(A, O, F);
  return F;
}

Finding DualWriteCheck::outboxBypassed(const Analysis &A, const RequestPath &P,
                                       const Reach &Publish,
                                       const OutboxEvidence &Outbox) const {
  const Site &S = A.site(Publish.Site);
  Finding F = finding(A.entry(P).Loc,
                      "outbox bypassed: " + describeEntry(A, P) +
                          " publishes to " + publishTarget(S) +
                          " directly, though its service has an outbox; the "
                          "event can be lost, or announce a change that "
                          "never commits");
  addWitness(A, P, Publish, F);
  F.Notes.push_back({S.Loc, "publishes to " + publishTarget(S) + " directly"});
  F.Notes.push_back({Outbox.Loc, "the outbox: " + Outbox.What});
  F.Suggestion = "append the event to the outbox, in the transaction of the "
                 "change it announces, and let the relay publish it";
  addOutboxFixIt(A, S, F);
  return F;
}

Finding DualWriteCheck::twoStores(const Analysis &A, const RequestPath &P,
                                  const Reach &First,
                                  const Reach &Second) const {
  const Site &W1 = A.site(First.Site), &W2 = A.site(Second.Site);
  Finding F = finding(A.entry(P).Loc,
                      "dual write across two datastores: " +
                          describeEntry(A, P) + " writes to " + storeOf(W1) +
                          " and to " + storeOf(W2) +
                          "; no transaction spans both, so if one succeeds "
                          "and the other fails, they disagree");
  F.Level = weaker(F.Level);
  addWrite(A, P, First, F);
  addWrite(A, P, Second, F);
  F.Suggestion = "make one store the source of truth and derive the other "
                 "from its committed changes (an outbox or change-data "
                 "capture), or let the second one expire (a cache with a "
                 "short TTL)";
  return F;
}

void DualWriteCheck::run(const Analysis &A, std::vector<Finding> &Out) const {
  const Outboxes Known(A);
  constexpr SiteId NoSite = std::numeric_limits<SiteId>::max();
  std::set<std::pair<SiteId, SiteId>> Reported;
  auto Once = [&](SiteId X, SiteId Y) { return Reported.insert({X, Y}).second; };
  for (const RequestPath &P : A.Paths) {
    if (A.entry(P).Consumer)
      continue;
    PathWrites Path = collect(A, P);
    // A publish is the classic outbox case; prefer it over a remote call,
    // and the state change over a row of the outbox itself.
    if (!Path.Publishes.empty()) {
      const Reach &Pub = *Path.Publishes.front();
      const OutboxEvidence *Outbox = Known.forPath(A, P);
      if (!Path.Writes.empty()) {
        const Reach *Write = Path.Writes.front();
        for (const Reach *W : Path.Writes)
          if (!isOutboxWrite(A.site(W->Site))) {
            Write = W;
            break;
          }
        if (Once(Write->Site, Pub.Site))
          Out.push_back(writeAndSend(A, P, *Write, Pub, Outbox));
        continue;
      }
      if (Outbox && Once(Pub.Site, NoSite))
        Out.push_back(outboxBypassed(A, P, Pub, *Outbox));
      continue;
    }
    const Reach *Write = nullptr, *Call = nullptr;
    for (const Reach *W : Path.Writes) {
      for (const Reach *C : Path.Calls)
        if (!isQuery(A, *C, *W)) {
          Call = C;
          break;
        }
      if (Call) {
        Write = W;
        break;
      }
    }
    if (Write) {
      if (Once(Write->Site, Call->Site))
        Out.push_back(writeAndSend(A, P, *Write, *Call, nullptr));
      continue;
    }
    // Two stores, no message and no remote write: the weaker kind.
    for (size_t I = 0; I < Path.Writes.size() && !Write; ++I)
      for (size_t J = I + 1; J < Path.Writes.size(); ++J) {
        const Site &W1 = A.site(Path.Writes[I]->Site),
                   &W2 = A.site(Path.Writes[J]->Site);
        if (W1.Service.empty() || W2.Service.empty() || W1.Service == W2.Service)
          continue;
        Write = Path.Writes[I];
        if (Once(Path.Writes[I]->Site, Path.Writes[J]->Site))
          Out.push_back(twoStores(A, P, *Path.Writes[I], *Path.Writes[J]));
        break;
      }
  }
}

} // namespace decouple
