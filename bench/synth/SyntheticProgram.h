//===- SyntheticProgram.h - TU summaries of a program that was never parsed -*- C++ -*-===//
//
// The scale benchmark (bench/scale.py, issue 14) and the scale unit tests
// need programs of up to 100,000 TUs without parsing anything. This is the
// one home of their shape: services of TUsPerService TUs each; in every TU a
// few functions that call each other, functions in other TUs of the same
// service, and a shared library surface (declarations with no body, as
// grpc:: or std:: functions are); one gRPC entry point per service; sync
// calls to other services, datastore writes and publishes spread over the
// TUs. The output is a pure function of (shape, TU index, main file).
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_BENCH_SYNTHETICPROGRAM_H
#define DECOUPLE_BENCH_SYNTHETICPROGRAM_H

#include "index/TuSummary.h"

#include <cstddef>
#include <string>

namespace decouple {

struct ProgramShape {
  size_t Tus = 2000;
  unsigned TusPerService = 50;
  unsigned FunctionsPerTu = 7;   // the 2000-TU parse benchmark has 7.3
  unsigned CallsPerFunction = 10; // ... and 10.7 call edges per function
  unsigned LibraryFunctions = 400; // the shared declarations called
  unsigned CrossTuPercent = 30;    // of calls, to another TU of the service
  unsigned RemoteCallEvery = 5;    // a sync call in every 5th TU
  unsigned WriteEvery = 7, PublishEvery = 11;

  size_t services() const { return (Tus + TusPerService - 1) / TusPerService; }
};

/// The USR of function \p J of TU \p T.
std::string syntheticFunctionUsr(size_t T, unsigned J);

/// The summary of TU \p T (0-based) of a program of shape \p Shape, with
/// \p MainFile as its main file (locations point into it).
TuSummary syntheticTu(const ProgramShape &Shape, size_t T,
                      const std::string &MainFile);

} // namespace decouple

#endif
