//===- RuleSet.h - Framework knowledge loaded from JSON rule packs -*- C++ -*-===//
//
// A rule pack is data: which functions are request handlers, which calls reach
// another service, which publish, which touch a datastore, which set a
// deadline. The RuleSet is every pack merged, validated and hashed; the hash
// is part of every index shard key.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_RULES_RULESET_H
#define DECOUPLE_RULES_RULESET_H

#include "support/Glob.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace decouple {

constexpr int RuleFormatVersion = 1;

enum class Role {
#define ROLE(Enumerator, Name) Enumerator,
#include "rules/Roles.def"
};

const char *roleName(Role R);

/// How a sync-call rule's call relates the caller to the callee in time.
enum class CallStyle {
  Blocking,   // returns when the response is there
  Awaitable,  // returns a future/awaitable: awaited, joined or detached
  AsyncStart, // starts the call; joined if the function waits for it later
};

/// Where a value comes from at a call: the receiver object or an argument.
struct Operand {
  // Result: the variable the call initialises (`auto s = zmq_socket(...)`,
  // `zmq::socket_t s(ctx, zmq::socket_type::req)`).
  enum Kind { None, Receiver, Argument, Result } K = None;
  unsigned Index = 0;
  explicit operator bool() const { return K != None; }
};

struct OverrideSpec {
  std::vector<Glob> Class;            // class declaring the overridden method
  std::vector<Glob> NotClass;         // ...and not these (Thrift's **CobSvIf)
  std::vector<Glob> ClassDerivedFrom; // ...or any class deriving from these
  std::vector<Glob> Method;           // name of the overridden method
};

/// What a rule matches. Every present field must hold.
struct MatchSpec {
  std::vector<Glob> Callee;           // qualified function name
  std::vector<Glob> MethodOf;         // qualified name of the method's class
  std::vector<Glob> NotMethodOf;      // ...and not of these (generated code)
  std::vector<Glob> ClassDerivedFrom; // the class or one of its bases
  // The class or a base has (not) a method so named; "{name}" in a pattern
  // is the matched method's name (Thrift's two-way calls have recv_{name}).
  std::vector<Glob> UnlessClassHasMethod; // e.g. Thrift clients' send_*
  std::vector<Glob> ClassHasMethod;
  std::optional<OverrideSpec> Overrides;
  std::map<unsigned, Glob> ParamTypes; // canonical type of parameter k
  std::optional<Glob> Returns;         // canonical return type
  // Canonical type of the object a method is called on (pointers and
  // references removed): an inherited method on one kind of object.
  std::optional<Glob> ReceiverType;
  std::optional<unsigned> ParamCount;
  std::map<unsigned, std::vector<std::string>> ArgEquals; // enum/macro names
  // The first word of a string argument, upper-cased: a Redis PUBLISH sent
  // through the same redisCommand() as SET.
  std::map<unsigned, std::vector<std::string>> ArgFirstWord;
  std::map<unsigned, std::vector<std::string>> UnlessArgFirstWord;
  std::string Annotation; // [[clang::annotate(...)]] on function or class
  std::string Matcher;    // clang-query expression binding "root"
  std::vector<Glob> Path; // service-naming: source path globs
};

struct Rule {
  std::string Id;
  std::string Pack; // file the rule came from
  std::string Where; // file:line:col of the rule, for messages
  Role Kind = Role::SyncCall;
  // grpc, http, kafka, ...: informative, except on a deadline-setter, where
  // it says whose transport the timeout is on (setsTransportTimeouts).
  std::string Protocol;
  std::string Description;
  MatchSpec Match;

  // entry-point, consumer-entry-point, detached-spawn
  std::optional<unsigned> HandlerArg; // handler passed at this argument
  std::optional<unsigned> RouteArg;   // route string for the service map
  std::optional<unsigned> MethodArg;  // HTTP method(s): entry points' enumerators ({Get, Post}); a target-setter's method
  // The route is argument RouteArg of the call in the receiver chain whose
  // callee matches (Crow's CROW_ROUTE(app, "/x").methods(...)(handler)).
  std::vector<Glob> RouteCall;
  bool EnclosingFunction = false;     // the function making the call is it
  bool EventLoop = false;             // runs on an event loop / reactor
  // Service naming of entry points: "idl" = the generated service's name;
  // otherwise the fixed ServiceName, or path rules / heuristics at link time.
  bool ServiceFromIdl = false;
  std::string ServiceName;
  // Not an entry point (the handler is still deferred: it runs later, on
  // the loop) when the handler holds an object of these classes, as a
  // parameter, a lambda capture or a member of its class: an accept loop
  // holds the acceptor, the sessions it spawns hold a socket.
  std::vector<Glob> UnlessHandlerHolds;

  // sync-call
  CallStyle Style = CallStyle::Blocking;
  Operand Context;                    // the context/handle object of the call
  bool TargetFromIdl = false;         // Foo::Stub -> service Foo
  Operand TargetArg;                  // URL/host literal at the call
  std::optional<unsigned> TargetFromReceiverInit; // ctor arg of the receiver
  std::optional<unsigned> ResponseArg; // out-parameter holding the response
  std::optional<unsigned> RequestArg;  // the request, for publish fix-its
  std::optional<unsigned> DeadlineArg; // a timeout passed with the call itself
  std::string DefaultTimeout;          // library default, for messages
  bool RequiresTarget = false; // only a remote call on a connected object
  std::string RequiresKind;    // only on an object tagged with this kind
  std::string UnlessKind; // not on an object the same function so tagged
  std::string Streaming;  // "server", "client" or "bidi" for gRPC streams

  // async-publish
  std::optional<unsigned> TopicArg;
  /// async-publish: names the topic when TopicArg's constant is empty (an
  /// AMQP publish to the default exchange "" routes by the routing key).
  std::optional<unsigned> TopicFallbackArg;
  /// consumer-entry-point: the topic is this argument of the call that
  /// returned the receiver (AMQP-CPP `channel.consume(queue).onReceived(cb)`).
  std::optional<unsigned> TopicReceiverArg;
  std::optional<unsigned> TopicWord; // the topic is this word of TopicArg
  std::string TopicAfter; // varargs: the topic follows an argument so named

  // datastore-call
  enum class Access { Read, Write, FromSql, FromVerb } DataAccess = Access::Write;
  std::optional<unsigned> SqlArg;
  std::vector<std::string> WriteVerbs; // access "verb": first word decides
  std::string Store;

  // deadline-setter, target-setter; consumer-entry-point: the object whose
  // target-setter named the topic it subscribes to
  Operand Object;                     // which object gets the deadline/URL
  std::optional<unsigned> ValueArg;   // the deadline or URL argument
  std::string Unit;                   // "s" or "ms" for plain integers
  std::vector<double> NoDeadline; // timeout values that mean "wait forever"
  std::string ObjectKindName;         // object-kind: the tag it sets
  // target-setter: the request line the object's calls send. Method is a
  // constant (CURLOPT_POSTFIELDS: "POST"); MethodArg (declared with the
  // entry-point fields) passes it as a string or an enumerator
  // (http::verb::post) and wins over any constant; PathArg passes the path.
  // A URL at ValueArg gives the path too.
  std::string Method;
  std::optional<unsigned> PathArg;
  bool Propagates = false; // deadline-setter: the inbound deadline, always
};

struct RuleSet {
  std::vector<Rule> Rules;
  std::vector<std::string> Sources;  // files loaded, in order
  std::vector<uint64_t> TextDigests; // one per source

  bool empty() const { return Rules.empty(); }
  /// Hex digest over every loaded pack's text: part of each shard key.
  std::string digest() const;
};

/// Whether \p R sets a timeout on its protocol's transport (Thrift's
/// TSocket): a deadline-setter that names a protocol. That protocol's calls
/// without a context then have their deadline on the transport
/// (DeadlineKind::OnTransport; RuleMatcher::setsTransportTimeouts).
bool setsTransportTimeout(const Rule &R);

/// Parses and validates one rule pack, appending its rules. On error returns
/// false with every problem as "file:line:col: error: ..." in \p Errors.
bool loadRulePack(const std::string &Path, RuleSet &Set,
                  std::vector<std::string> &Errors);

/// Same, from text (tests, embedded packs).
bool parseRulePack(std::string_view Text, const std::string &Name,
                   RuleSet &Set, std::vector<std::string> &Errors);

/// Loads every *.json in \p Dir in name order.
bool loadRulePackDir(const std::string &Dir, RuleSet &Set,
                     std::vector<std::string> &Errors);

/// Where built-in packs live: $DECOUPLE_RULES_DIR, then share/decouple/rules
/// beside the binary or plugin that holds this code, then the source tree.
std::string builtinRulesDir();

} // namespace decouple

#endif
