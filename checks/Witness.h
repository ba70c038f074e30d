//===- Witness.h - Words and notes shared by the checks ---------*- C++ -*-===//
//
// Every finding answers: which request path, through which hops, and what to
// change. These helpers phrase the first two the same way in every check.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_CHECKS_WITNESS_H
#define DECOUPLE_CHECKS_WITNESS_H

#include "analysis/Analysis.h"
#include "checks/Finding.h"

namespace decouple {

/// "gRPC OrderService.PlaceOrder" or "HTTP POST /orders (service gateway)".
std::string describeEntry(const Analysis &A, const RequestPath &P);

/// "gRPC call OrderService.PlaceOrder" or "HTTP call to shipping.internal".
std::string describeCall(const Site &S);

/// Appends the witness path as notes: the entry point, then one note per
/// call that leads toward the site.
void addWitness(const Analysis &A, const RequestPath &P, const ReachedSite &R,
                Finding &F);

/// Sites reached from request (non-consumer) entry points, each once, with
/// the first path that reached it and how many entry points reach it.
struct SiteReach {
  const RequestPath *Path;
  const ReachedSite *Reached;
  unsigned EntryCount;
};
std::vector<SiteReach> reachedOnce(const Analysis &A,
                                   bool (*Want)(const Site &));

/// The refactoring for a time-coupled call, fitted to whether its result is
/// needed.
std::string suggestionFor(const Site &S);

/// Expands a fix-it template from .decouple.json: {service}, {method},
/// {request}, {call}.
std::string expandTemplate(const std::string &Template, const Site &S);

/// Whether the user allow-listed the site's callee or type.
bool allowListed(const Analysis &A, const Site &S);

} // namespace decouple

#endif
