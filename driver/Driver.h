//===- Driver.h - The decouple command line ---------------------*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_DRIVER_H
#define DECOUPLE_DRIVER_DRIVER_H

namespace decouple {

/// Runs `decouple <command> ...`. Exit codes: 0 no findings at or above the
/// failure threshold, 1 findings (or a budget exceeded), 2 usage or input
/// error.
int runDriver(int Argc, const char **Argv);

} // namespace decouple

#endif
