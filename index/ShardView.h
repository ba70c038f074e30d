//===- ShardView.h - A shard decoded without copying its strings -*- C++ -*-===//
//
// The one decoder of the shard payload (ShardStore.h has the layout). A
// view keeps the shard's string table as string_views into the file's
// bytes and its functions and calls as string-table ids, so linking a
// 100,000-TU program allocates per distinct string, not per call edge
// (docs/performance.md). The small parts (key, includes, errors, sites,
// flows) are decoded into an ordinary Shard, the view's head.
//
// deserializeShard (ShardStore.h) materialises a view into a full Shard;
// ProgramGraph::add(const ShardView &) links one directly.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SHARDVIEW_H
#define DECOUPLE_INDEX_SHARDVIEW_H

#include "index/BinaryFormat.h"
#include "index/ShardKey.h"
#include "index/TuSummary.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace decouple {

inline constexpr char ShardMagic[9] = "DCPLSHRD";

struct Shard {
  ShardKey Key;
  TuSummary Summary;
  /// When the functions, calls and sites went straight into a graph
  /// (ShardStore::readInto), Summary holds none of them and these are their
  /// counts; the manifest and the index statistics read them through
  /// the functions below.
  size_t LinkedFunctions = 0, LinkedCalls = 0, LinkedSites = 0;

  size_t functionCount() const { return Summary.Functions.size() + LinkedFunctions; }
  size_t callCount() const { return Summary.Calls.size() + LinkedCalls; }
  size_t siteCount() const { return Summary.Sites.size() + LinkedSites; }
};

/// A string-table id (BinaryFormat.h), checked against the table on decoding.
using StringId = uint32_t;

struct LocationRef {
  StringId File = 0;
  unsigned Line = 0, Column = 0;
};

struct FunctionRef {
  StringId Usr = 0, Name = 0;
  LocationRef Loc;
  bool IsCoroutine = false, IsLambda = false, HasBody = false;
  uint32_t FirstOverride = 0, OverrideCount = 0; // in ShardView::Overrides
};

struct CallRef {
  StringId Caller = 0, Callee = 0;
  EdgeKind Kind = EdgeKind::Direct;
  LocationRef Loc;
};

using PathMap = std::function<std::string(const std::string &)>;

class ShardView {
public:
  /// Decodes \p Data, which must outlive the view. On failure \p Why says
  /// what was wrong (a string id past the table names both).
  ShardStatus decode(std::string_view Data, std::string &Why);
  /// Every stored path goes through \p Map when read (ShardStore's root);
  /// the head's paths are mapped at once.
  void mapPaths(PathMap Map);

  Shard Head; // all but the functions and calls
  std::vector<FunctionRef> Functions;
  std::vector<StringId> Overrides;
  std::vector<CallRef> Calls;

  /// A string as a path (mapped) or as a USR (a lambda's path mapped).
  std::string_view path(StringId Id) const;
  std::string_view usr(StringId Id) const;
  Location location(const LocationRef &L) const {
    return {std::string(path(L.File)), L.Line, L.Column};
  }
  FunctionInfo function(const FunctionRef &F) const;
  /// Moves the head out, with the functions and calls materialised.
  Shard materialise();

private:
  std::vector<std::string_view> Strings;
  PathMap Map;
  // Mapped strings, by id, made on first use: a shard has few paths and
  // lambda USRs among many strings, so not a slot per string.
  mutable std::unordered_map<StringId, std::string> MappedPaths, MappedUsrs;
};

/// A lambda's USR, "decouple:<file>:<line>:<col>" (see the extractor), with
/// \p Map applied to its file; any other USR unchanged.
std::string mapLambdaUsr(std::string_view Usr, const PathMap &Map);

} // namespace decouple

#endif
