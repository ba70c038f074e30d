//===- TuSummary.h - What one translation unit contributes ------*- C++ -*-===//
//
// A TuSummary is everything the whole-program analysis needs from one TU:
// its functions, its call edges and the sites the rule set marks. It is the
// unit the index stores (one shard per TU) and the link step merges.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_TUSUMMARY_H
#define DECOUPLE_INDEX_TUSUMMARY_H

#include <cstdint>
#include <string>
#include <vector>

namespace decouple {

struct Location {
  std::string File; // absolute path
  unsigned Line = 0, Column = 0;

  bool valid() const { return Line != 0; }
  friend bool operator==(const Location &, const Location &) = default;
};

struct FunctionInfo {
  std::string Usr;
  std::string Name; // qualified, for people
  Location Loc;
  bool IsCoroutine = false;
  bool IsLambda = false;
  bool HasBody = false;                // defined in this TU
  std::vector<std::string> Overrides;  // USRs of the methods it overrides
  friend bool operator==(const FunctionInfo &, const FunctionInfo &) = default;
};

enum class EdgeKind : uint8_t {
  Direct,    // a call the compiler resolves statically
  Virtual,   // a virtual call: the link step adds every overrider
  Lambda,    // the caller creates this lambda (and may call it)
  Reference, // the caller takes the function's address / wraps it
  Deferred,  // runs later elsewhere: a spawned thread, a registered handler
};

const char *edgeKindName(EdgeKind K);

struct CallEdge {
  std::string Caller, Callee; // USRs
  EdgeKind Kind = EdgeKind::Direct;
  Location Loc;
  friend bool operator==(const CallEdge &, const CallEdge &) = default;
};

/// How a remote call ties the caller to the callee in time.
enum class CallMode : uint8_t {
  Sync,          // blocks until the response is there
  Awaited,       // co_await: the thread is free, the request still waits
  AsyncJoined,   // started asynchronously, waited for in the same function
  AsyncDetached, // started and never waited for: no temporal coupling
};

const char *callModeName(CallMode M);

enum class DeadlineKind : uint8_t {
  Missing,
  Constant,
  Propagated, // derived from the inbound request's deadline
  Unknown,    // set on an object we cannot follow (e.g. a parameter)
  // The protocol keeps its timeout on the transport (a Thrift TSocket), not
  // on the call: missing when no transport in the program sets one
  // (SiteKind::TransportTimeout), else unknown.
  OnTransport,
};

const char *deadlineKindName(DeadlineKind K);

enum class SiteKind : uint8_t {
  EntryPoint,
  RemoteCall,
  Publish,
  DatastoreRead,
  DatastoreWrite,
  BlockingCall,
  InProcessHandoff, // work handed to an in-memory channel or queue
  TransportTimeout, // a timeout set on a protocol's transport (a TSocket)
};

const char *siteKindName(SiteKind K);

/// A place the rule set marks. Which fields mean something depends on Kind;
/// Service and Via most of all:
///
///   Kind              Service                        Via
///   EntryPoint        the service served: rule's     IDL method, route
///                     `service` or IDL service;      ("POST /orders" for verb-
///                     empty: RequestPathFinder       named registrations), else
///                     ::serviceOf decides            the handler's name
///   RemoteCall        target: IDL service, URL       IDL method, URL, "<callee>
///                     host, or the context's         <path>", else the callee's
///                     target; empty if unknown       name; = Service when only
///                                                    the context's target is known
///   Publish           empty                          topic, if constant
///   DatastoreRead/    the store (rule's `store`),    SQL's first line, or its
///   DatastoreWrite    "<store>:<name>" when its      verb, else the store
///                     handle's open named it
///   BlockingCall      empty                          empty
///   InProcessHandoff  empty                          the channel or queue's
///                                                    type, e.g. "std::queue"
///   TransportTimeout  empty                          empty (Protocol says
///                                                    whose transport)
///
/// (docs/design/architecture.md has the same table.)
struct Site {
  SiteKind Kind = SiteKind::RemoteCall;
  std::string Function; // USR: the entry point itself, or the caller
  std::string RuleId;
  std::string Protocol;
  Location Loc;
  std::string Callee;  // qualified name of the API called
  std::string Service; // per Kind, see the table above
  std::string Via;     // per Kind, see the table above
  // Entry points.
  bool Consumer = false;  // a queue consumer: asynchronous entry
  bool EventLoop = false; // runs on an event loop or reactor thread
  // Remote calls.
  CallMode Mode = CallMode::Sync;
  DeadlineKind Deadline = DeadlineKind::Missing;
  int64_t DeadlineMs = -1; // constant deadlines, when known
  bool ResultUsed = true;  // status or response read afterwards
  Location ResponseReadAt; // the first read of the response itself, if any
  // The deadline is an absolute time set once and reused: on a member or
  // global context, or read from a global, static or member time point.
  bool ReusedDeadline = false;
  std::string DefaultTimeout;
  std::string Streaming;   // a streaming call: "server", "client" or "bidi"
  std::string CallText;    // source text of the call, for fix-its
  std::string RequestText; // source text of the request argument
  // A call through an interface (std::shared_ptr<FooIf>, a StubInterface, a
  // port class): the interface method the project called, while Callee is
  // the implementation it dispatches to; whether that is generated code.
  std::string Interface;
  bool GeneratedImplementation = false;
  // Remote calls, for the deadline fix-it (coupling-missing-deadline): the
  // variable holding the context the call's deadline goes on, and the
  // calling function's inbound context parameter (one whose class has a
  // deadline-source method, grpc::ServerContext); "" when not a named
  // variable. Where the statement holding the call begins.
  std::string ContextVar, InboundVar;
  bool ContextIsPointer = false, InboundIsPointer = false; // `->`, not `.`
  Location StatementStart;
  friend bool operator==(const Site &, const Site &) = default;
};

/// How a deadline travels between functions, for the link step to follow
/// across TUs (a handler calls `WithBudget(&ctx)`, defined in another file):
///   Setter   the callee's parameter Param gets Deadline/Ms inside it;
///   Forward  the caller passes its own parameter From on to (Callee, Param);
///   Context  remote call Sites[From] of this TU, with no deadline seen here,
///            had its context passed to (Callee, Param).
struct DeadlineFlow {
  enum FlowKind : uint8_t { Setter, Forward, Context } Kind = Setter;
  std::string Callee; // USR
  uint32_t Param = 0;
  std::string Caller; // USR (Forward)
  uint32_t From = 0;  // Forward: caller's parameter; Context: site index
  DeadlineKind Deadline = DeadlineKind::Missing; // Setter
  int64_t Ms = -1;                               // Setter, when constant
  friend bool operator==(const DeadlineFlow &, const DeadlineFlow &) = default;
};

/// How a datastore handle's name (sqlite3_open's file) travels between
/// functions, for the link step to follow across TUs. A key is a parameter,
/// "<function USR>#<index>", or a member, "<Class>::<field>":
///   Named    key To holds the handle of datastore From ("sqlite:orders.db");
///   Forward  key To holds what key From holds (a member initialised from a
///            constructor parameter; a parameter passed on to a callee);
///   Use      datastore site Sites[Site] of this TU uses the handle at To.
struct StoreNameFlow {
  enum FlowKind : uint8_t { Named, Forward, Use } Kind = Named;
  std::string To, From;
  uint32_t Site = 0;
  friend bool operator==(const StoreNameFlow &, const StoreNameFlow &) = default;
};

struct IncludedFile {
  std::string Path;
  uint64_t Digest = 0; // of the contents, when the TU was extracted
  friend bool operator==(const IncludedFile &, const IncludedFile &) = default;
};

struct TuSummary {
  std::string MainFile;
  std::vector<FunctionInfo> Functions;
  std::vector<CallEdge> Calls;
  std::vector<Site> Sites;
  std::vector<DeadlineFlow> DeadlineFlows; // for the link step
  std::vector<StoreNameFlow> StoreNameFlows; // for the link step
  uint64_t UnresolvedIndirect = 0; // calls through unknown pointers
  unsigned ErrorCount = 0;         // compiler errors: the summary is partial
  std::vector<std::string> Errors; // first few, as file:line:col: message
  std::vector<IncludedFile> Includes; // include graph, main file first
  friend bool operator==(const TuSummary &, const TuSummary &) = default;
};

} // namespace decouple

#endif
