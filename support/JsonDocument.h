//===- JsonDocument.h - JSON that remembers where each value was -*- C++ -*-===//
//
// Rule packs and project configs are written by people, so every error must
// point at file:line:col. nlohmann::json forgets positions; this parser keeps
// a JSON-pointer -> position table beside the value.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_RULES_JSONDOCUMENT_H
#define DECOUPLE_RULES_JSONDOCUMENT_H

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace decouple {

struct JsonPosition {
  unsigned Line = 1, Column = 1;
};

struct JsonDocument {
  std::string FileName;
  nlohmann::json Value;
  std::map<std::string, JsonPosition> Positions; // JSON pointer -> position

  /// "file:line:col" of the value at \p Pointer (or of its nearest parent).
  std::string where(const std::string &Pointer) const;
};

/// Parses \p Text. On a syntax error returns false and sets \p Error to
/// "file:line:col: what was expected". Without \p KeepPositions the
/// document has no positions (where() names only the file): for large
/// machine-written files whose reader parses again, with positions, only
/// when it has an error to report (driver/CompileDatabase.cpp).
bool parseJsonDocument(std::string_view Text, std::string_view FileName,
                       JsonDocument &Doc, std::string &Error,
                       bool KeepPositions = true);

/// Reads and parses a file; errors as above (or "file: cannot read ...").
bool loadJsonDocument(const std::string &Path, JsonDocument &Doc,
                      std::string &Error, bool KeepPositions = true);

} // namespace decouple

#endif
