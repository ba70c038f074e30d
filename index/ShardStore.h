//===- ShardStore.h - One content-keyed shard per TU on disk ----*- C++ -*-===//
//
// A shard is a TuSummary plus the key it was built under: the digest of the
// normalised compile command, the rule-set digest, the tool version, and (in
// the summary) the digest of every file in the TU's include graph. The file
// format is versioned and checksummed; anything that does not verify is
// re-extracted, never trusted.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SHARDSTORE_H
#define DECOUPLE_INDEX_SHARDSTORE_H

#include "index/BinaryFormat.h"
#include "index/ShardKey.h"
#include "index/ShardView.h"
#include "index/TuSummary.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace decouple {

constexpr uint32_t ShardFormatVersion = 7; // 2: Site::Streaming, 3: ResponseReadAt, 4: StoreNameFlows, 5: TransportTimeout sites,
                                           // 6: Site::Interface, 7: the deadline fix-it's Site::ContextVar..StatementStart

class ProgramGraph;

/// The bytes of a shard file.
std::string serializeShard(const Shard &S);


/// Parses shard bytes; on failure \p Why says what was wrong.
ShardStatus deserializeShard(std::string_view Data, Shard &Out,
                             std::string &Why);

/// Applies \p Map to every path a summary stores: the main file, include
/// paths, locations, and the locations inside lambda USRs.
void mapSummaryPaths(TuSummary &T, const PathMap &Map);

/// Shards live in <Dir>/shards. Paths below \p Root are stored relative to
/// it and resolved again on reading, so the index moves with the project.
class ShardStore {
public:
  explicit ShardStore(std::string Dir, std::string Root = "")
      : Dir(std::move(Dir)), Root(std::move(Root)) {}

  const std::string &directory() const { return Dir; }
  const std::string &root() const { return Root; }
  /// The shard file for a TU (main file + compile directory).
  std::string pathFor(const std::string &MainFile,
                      const std::string &Directory) const;
  /// Writes atomically: a temporary file, then rename.
  bool write(const std::string &Path, const Shard &S, std::string &Error) const;
  ShardStatus read(const std::string &Path, Shard &Out, std::string &Why) const;
  /// Reads a shard and, when its key's command digest is \p CommandDigest,
  /// links it into \p G as it is read, without materialising its calls
  /// (ShardView.h): \p Head then keeps only the key, main file, includes,
  /// errors and the counts. With another digest \p Head is the whole
  /// shard's head and nothing is linked.
  ShardStatus readInto(const std::string &Path, const std::string &CommandDigest,
                       Shard &Head, ProgramGraph &G, std::string &Why) const;
  /// Every shard file in the store.
  std::vector<std::string> list() const;
  /// Deletes the shard files not in \p Keep (file names); returns how many.
  size_t removeAllBut(const llvm::StringSet<> &Keep) const;

private:
  std::string Dir, Root;
};

} // namespace decouple

#endif
