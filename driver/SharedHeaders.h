//===- SharedHeaders.h - Which TUs share a precompiled prefix ---*- C++ -*-===//
//
// Before the stale TUs are extracted, decouple index groups them by their
// flags (the command run in its directory, without the source file) and by
// the library headers their leading #include lines open first, followed
// into the project's headers (index/IncludeWalk). Each prefix of those that
// two or more TUs share where they part ways is precompiled once
// (index/SharedPreamble), chained on the next shorter one, in worker
// processes. The artifacts live in <index-dir>/shared-headers/, named by
// commandDigest over flags and lines and keyed like a shard: the tool
// version, the project root (which bodies are skipped), the parent and
// every file of the include graph by content. A usable one is reused by
// later runs; one whose inputs changed, or that no TU of the compile
// database can use any more, is deleted.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_SHAREDHEADERS_H
#define DECOUPLE_DRIVER_SHAREDHEADERS_H

#include "driver/CompileDatabase.h"
#include "index/ShardKey.h"
#include "index/SharedPreamble.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace decouple {

struct SharedHeaderStats {
  size_t Built = 0;     // PCHs built in this run
  size_t Reused = 0;    // current PCHs of an earlier run used again
  size_t BuildFailed = 0;
  size_t Tus = 0;       // TUs handed a PCH
  size_t Fallbacks = 0; // of those, parsed again without it
  size_t Removed = 0;   // stale or unused artifacts deleted
};

struct SharedHeaderOptions {
  std::string IndexDir, ProjectRoot;
  unsigned Jobs = 1, TimeoutSeconds = 600;
  bool Verbose = false; // say which prefixes were built, and each fallback
};

class SharedHeaders {
public:
  using DigestFn = std::function<std::optional<uint64_t>(const std::string &)>;

  SharedHeaders(SharedHeaderOptions Options, DigestFn Digest)
      : Options(std::move(Options)), Digest(std::move(Digest)) {}

  /// Plans the prefixes that the \p Stale TUs share, builds the ones that
  /// are not current, and deletes the artifacts that no TU of \p All can
  /// use any more.
  void prepare(const std::vector<const CompileCommand *> &All,
               const std::vector<const CompileCommand *> &Stale);

  /// The PCH \p C is to be parsed on, or null for a plain parse.
  const SharedPreambleUse *useFor(const CompileCommand *C) const;

  /// The directory the artifacts live in.
  std::string directory() const;

  SharedHeaderStats Stats;

private:
  /// One PCH to build: \p Lines after \p Parent's, with the flags of a TU
  /// (\p File) that uses it.
  struct ArtifactBuild {
    std::string Name, Parent, File, Directory, Language;
    std::vector<std::string> Flags, Lines;
  };
  /// Builds \p Jobs (parents first), Jobs at a time, each in its own process.
  void buildArtifacts(const std::vector<ArtifactBuild> &Jobs);
  std::string pathOf(const std::string &Name, const char *Ext) const;
  ShardKey keyOf(const std::string &Name) const;

  SharedHeaderOptions Options;
  DigestFn Digest;
  std::vector<SharedPreambleUse> Uses;
  std::map<const CompileCommand *, size_t> UseOf;
};

/// The flags of \p C: its arguments without the source file. Empty when the
/// command forces includes of its own (-include, -include-pch, -imacros),
/// which a shared prefix would reorder.
std::vector<std::string> sharedHeaderFlags(const CompileCommand &C);

} // namespace decouple

#endif
