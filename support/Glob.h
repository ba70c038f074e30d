//===- Glob.h - Qualified-name and type patterns ----------------*- C++ -*-===//
//
// Rule packs match names and types with globs: `*` stays inside one name
// component (it never crosses `::`), `**` crosses anything, `?` is one
// character, and `{a,b}` lists alternatives. Whitespace is ignored so that
// "grpc::ClientContext *" and "grpc::ClientContext*" are the same pattern.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_RULES_GLOB_H
#define DECOUPLE_RULES_GLOB_H

#include <string>
#include <string_view>
#include <vector>

namespace decouple {

class Glob {
public:
  Glob() = default;
  explicit Glob(std::string_view Pattern);

  bool matches(std::string_view Text) const;
  /// matches() for a subject already in normal form (normalize()): for a
  /// name tried against every rule, normalized once.
  bool matchesNormalized(std::string_view Subject) const;
  const std::string &pattern() const { return Source; }

  /// Removes whitespace, the normal form both patterns and subjects use.
  static std::string normalize(std::string_view Text);

private:
  std::string Source;
  std::vector<std::string> Alternatives; // braces expanded, normalized
};

/// True when any glob in \p Globs matches \p Text (false for an empty list).
bool matchesAny(const std::vector<Glob> &Globs, std::string_view Text);
/// matchesAny() for a subject already in normal form.
bool matchesAnyNormalized(const std::vector<Glob> &Globs,
                          std::string_view Subject);

} // namespace decouple

#endif
