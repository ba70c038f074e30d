//===- Outbox.h - Where the program keeps a transactional outbox -*- C++ -*-===//
//
// coupling-dual-write reports a handler that publishes directly although
// its service has an outbox. The code shows an outbox in two ways: an SQL
// write to a table whose name contains "outbox", or a project function
// whose name does (`Outbox::Append`, `OutboxRelayLoop`). Which names do is
// index/SqlText.h's namesOutbox, which the map's outbox rows use too.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_CHECKS_OUTBOX_H
#define DECOUPLE_CHECKS_OUTBOX_H

#include "analysis/Analysis.h"

#include <string>
#include <vector>

namespace decouple {

/// A datastore write into an outbox table (`INSERT INTO outbox ...`, or
/// any statement of it naming one).
bool isOutboxWrite(const Site &S);

/// One place that shows an outbox exists.
struct OutboxEvidence {
  Location Loc;
  std::string What; // "INSERT INTO outbox(...)" or "Outbox::Append"
  std::vector<std::string> Services; // of the request paths that reach it
};

/// Every outbox the linked program shows.
class Outboxes {
public:
  explicit Outboxes(const Analysis &A);
  /// The outbox of \p P's service: one a request path of the same service
  /// reaches, or one in the entry point's directory. Null if none.
  const OutboxEvidence *forPath(const Analysis &A, const RequestPath &P) const;

private:
  std::vector<OutboxEvidence> Found;
};

} // namespace decouple

#endif
