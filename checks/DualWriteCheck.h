//===- DualWriteCheck.h - coupling-dual-write ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_DUALWRITECHECK_H
#define DECOUPLE_CHECKS_DUALWRITECHECK_H

#include "checks/CouplingCheck.h"

namespace decouple {

struct OutboxEvidence;

/// A datastore write and a publish or state-changing remote call on the
/// same request path; a publish that bypasses the service's outbox; and,
/// weaker, writes to two datastores.
class DualWriteCheck : public CouplingCheck {
public:
  const char *id() const override { return "coupling-dual-write"; }
  const char *summary() const override {
    return "A datastore write and a remote call or publish on the same request path";
  }
  void run(const Analysis &A, std::vector<Finding> &Out) const override;

private:
  /// A write and a publish or state-changing call; \p Outbox, if the
  /// publish bypasses one.
  Finding writeAndSend(const Analysis &A, const RequestPath &P,
                       const Reach &Write, const Reach &Other,
                       const OutboxEvidence *Outbox) const;
  /// A publish, no write, on a path whose service has an outbox.
  Finding outboxBypassed(const Analysis &A, const RequestPath &P,
                         const Reach &Publish,
                         const OutboxEvidence &Outbox) const;
  /// Writes to two different datastores, and nothing else to pair them.
  Finding twoStores(const Analysis &A, const RequestPath &P,
                    const Reach &First, const Reach &Second) const;
  void addWrite(const Analysis &A, const RequestPath &P, const Reach &Write,
                Finding &F) const;
  void addOutboxFixIt(const Analysis &A, const Site &Publish,
                      Finding &F) const;
};

} // namespace decouple

#endif
