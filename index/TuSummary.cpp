//===- TuSummary.cpp - Names of the summary's kinds -----------------------===//
#include "index/TuSummary.h"

namespace decouple {

const char *edgeKindName(EdgeKind K) {
  switch (K) {
  case EdgeKind::Direct: return "direct";
  case EdgeKind::Virtual: return "virtual";
  case EdgeKind::Lambda: return "lambda";
  case EdgeKind::Reference: return "reference";
  case EdgeKind::Deferred: return "deferred";
  }
  return "?";
}

const char *callModeName(CallMode M) {
  switch (M) {
  case CallMode::Sync: return "sync";
  case CallMode::Awaited: return "awaited";
  case CallMode::AsyncJoined: return "async-joined";
  case CallMode::AsyncDetached: return "async-detached";
  }
  return "?";
}

const char *deadlineKindName(DeadlineKind K) {
  switch (K) {
  case DeadlineKind::Missing: return "missing";
  case DeadlineKind::Constant: return "constant";
  case DeadlineKind::Propagated: return "propagated";
  case DeadlineKind::Unknown: return "unknown";
  case DeadlineKind::OnTransport: return "on-transport";
  }
  return "?";
}

const char *siteKindName(SiteKind K) {
  switch (K) {
  case SiteKind::EntryPoint: return "entry-point";
  case SiteKind::RemoteCall: return "remote-call";
  case SiteKind::Publish: return "publish";
  case SiteKind::DatastoreRead: return "datastore-read";
  case SiteKind::DatastoreWrite: return "datastore-write";
  case SiteKind::BlockingCall: return "blocking-call";
  case SiteKind::InProcessHandoff: return "in-process-handoff";
  case SiteKind::TransportTimeout: return "transport-timeout";
  }
  return "?";
}

} // namespace decouple
