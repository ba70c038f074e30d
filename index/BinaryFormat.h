//===- BinaryFormat.h - The container shards and manifests share -*- C++ -*-===//
//
// A file is: 8-byte magic | u32 version | u64 payload size | u64 xxh3 of the
// payload | payload. The payload begins with a string table; records refer
// to strings by index, written as varints. Every read is bounds-checked: a
// truncated or scribbled file fails cleanly, never crashes.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_BINARYFORMAT_H
#define DECOUPLE_INDEX_BINARYFORMAT_H

#include "index/TuSummary.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace decouple {

enum class ShardStatus { Ok, Missing, Corrupt, OldVersion };
const char *shardStatusName(ShardStatus S);

/// Writes a temporary file beside \p Path, then renames it into place, so a
/// reader sees the old file or the new one, never half of one.
bool writeFileAtomically(const std::string &Path, std::string_view Bytes,
                         std::string &Error);

/// A file's bytes, read into a buffer kept for the next file: loading an
/// index reads one small file per TU, so each read is one open, reads until
/// EOF and a close, with no per-file allocation (docs/performance.md).
class FileBytes {
public:
  /// False, with \p Why the system's message, when the file cannot be read.
  bool read(const std::string &Path, std::string &Why);
  std::string_view view() const { return {Data.get(), Size}; }

private:
  std::unique_ptr<char[]> Data;
  size_t Capacity = 0, Size = 0;
};

class BinaryWriter {
public:
  void u(uint64_t V);
  void s(const std::string &Str);
  void loc(const Location &L);
  /// The framed file: header, string table, records.
  std::string finish(const char (&Magic)[9], uint32_t Version) const;

private:
  std::string Body;
  std::unordered_map<std::string, uint64_t> Ids;
  std::vector<const std::string *> Strings;
};

class BinaryReader {
public:
  /// Checks the frame and reads the string table.
  ShardStatus open(std::string_view Data, const char (&Magic)[9],
                   uint32_t Version, std::string &Why);

  bool ok() const { return Ok; }
  bool atEnd() const { return Pos == Data.size(); }
  uint64_t u();
  /// A count of items that each take at least one byte.
  uint64_t count();
  std::string s();
  /// A string-table id, checked against the table.
  uint32_t id();
  std::string_view str(uint32_t Id) const { return Strings[Id]; }
  const std::vector<std::string_view> &strings() const { return Strings; }
  Location loc();
  /// Why the payload failed, when a string id was past the table; else "".
  const std::string &badId() const { return BadId; }
  template <typename E> E e(E Max) {
    uint64_t V = u();
    if (V > static_cast<uint64_t>(Max))
      fail();
    return static_cast<E>(V);
  }

private:
  std::string_view Data;
  size_t Pos = 0;
  bool Ok = true;
  std::vector<std::string_view> Strings;
  std::string BadId;

  uint64_t fail() {
    Ok = false;
    Pos = Data.size();
    return 0;
  }
};

} // namespace decouple

#endif
