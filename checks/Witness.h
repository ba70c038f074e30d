//===- Witness.h - Words and notes shared by the checks ---------*- C++ -*-===//
//
// Every finding answers: which request path, through which calls (the
// witness), and what to change. These helpers phrase the first two the same way in every check.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_CHECKS_WITNESS_H
#define DECOUPLE_CHECKS_WITNESS_H

#include "analysis/Analysis.h"
#include "checks/Finding.h"

namespace decouple {

/// "gRPC OrderService.PlaceOrder" or "HTTP POST /orders (service gateway)".
std::string describeEntry(const Analysis &A, const RequestPath &P);

/// describeEntry without the service: "HTTP POST /orders".
std::string entryPointName(const Analysis &A, const RequestPath &P);

/// "gRPC call OrderService.PlaceOrder" or "HTTP call to shipping.internal".
std::string describeRemoteCall(const Site &S);

/// Appends the witness as notes: the entry point, then one note per call
/// that leads toward the site. The first call also sets F.Path.
void addWitness(const Analysis &A, const RequestPath &P, const Reach &R,
                Finding &F);

/// A site reached from request (non-consumer) entry points, by the first
/// request path that reaches it, and how many entry points reach it.
struct FirstReach {
  const RequestPath *Path;
  const Reach *First; // in Path->Reaches
  unsigned EntryCount;
};
/// One FirstReach per site \p Want accepts (and the user did not allow-list).
std::vector<FirstReach> firstReaches(const Analysis &A,
                                     bool (*Want)(const Site &));

/// The refactoring for a time-coupled call, fitted to whether its result is
/// needed.
std::string suggestionFor(const Site &S);

/// Expands a fix-it template from .decouple.json: {service}, {method},
/// {request}, {call}; for the deadline fix-it {context} and {inbound} (the
/// variables' names) and {context.} and {inbound.} (each followed by `.`
/// or `->`, as its type needs).
std::string expandTemplate(const std::string &Template, const Site &S);

/// Whether the user allow-listed the site's callee or type.
bool allowListed(const Analysis &A, const Site &S);

} // namespace decouple

#endif
