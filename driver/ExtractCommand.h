//===- ExtractCommand.h - decouple extract: one TU in, one shard out -*- C++ -*-===//
//
// The per-TU entry point a build system runs as a cached, remotely
// executable action (integrations/bazel/decouple.bzl). See
// docs/scale.md.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_EXTRACTCOMMAND_H
#define DECOUPLE_DRIVER_EXTRACTCOMMAND_H

#include "driver/CommandLine.h"

namespace decouple {

/// `decouple extract --output <shard> [options] -- <compile command>`.
int runExtract(const Options &O);

/// The source file of a compiler argv: the one argument with a C/C++ source
/// extension that is not the value of an option. "" with \p Error set when
/// there is none or more than one.
std::string sourceOfCommand(const std::vector<std::string> &Args,
                            std::string &Error);

} // namespace decouple

#endif
