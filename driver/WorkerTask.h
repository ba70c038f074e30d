//===- WorkerTask.h - A TU's task as the worker launcher carries it -*- C++ -*-===//
//
// Indexer::update hands each stale TU to a worker forked from the launcher
// (driver/WorkerLauncher.h) as bytes: the compile command and the shared
// header it may use. These two functions are the format's writer and reader.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_WORKERTASK_H
#define DECOUPLE_DRIVER_WORKERTASK_H

#include "driver/CompileDatabase.h"
#include "index/SharedPreamble.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace decouple {

/// A worker's task as the launcher carries it, NUL-separated fields: the
/// command's directory, file and digest, the number of shared-header fields
/// that follow (the PCH's path, then its include lines; 0 for none), then
/// the command's arguments.
std::string workerTask(const CompileCommand &C, const SharedPreambleUse *Use);

/// The worker's side of workerTask. The shared header's meta is read again
/// from beside the PCH, where SharedHeaders::prepare wrote it; \p Use is
/// left empty when there is none or it is gone.
CompileCommand taskFromBytes(llvm::StringRef B,
                             std::optional<SharedPreambleUse> &Use);

} // namespace decouple

#endif
