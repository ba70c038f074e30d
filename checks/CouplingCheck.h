//===- CouplingCheck.h - One check over the analysed program ----*- C++ -*-===//
//
// A check is a small class: an id, a one-line summary, its options, and
// run(), which turns analysis facts into Findings. The CLI runs checks over
// the whole program; the clang-tidy plugin and decouple-clangd wrap the same
// classes (integrations/tidy) and run them over one TU plus the index.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_CHECKS_COUPLINGCHECK_H
#define DECOUPLE_CHECKS_COUPLINGCHECK_H

#include "analysis/Analysis.h"
#include "checks/Finding.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace decouple {

/// What an option's value must be; checked once, when the check is
/// configured, and stored parsed.
enum class OptionType { Integer, Percent, Severity };

struct CheckOption {
  std::string Name; // PascalCase, as in .clang-tidy CheckOptions
  OptionType Type;
  std::string Default;
  std::string Help;
};

class CouplingCheck {
public:
  virtual ~CouplingCheck() = default;

  virtual const char *id() const = 0;
  virtual const char *summary() const = 0;
  /// Options besides "Severity", which every check has.
  virtual std::vector<CheckOption> options() const { return {}; }
  /// Needs every TU (chains, cycles): in one TU it sees only what the
  /// persisted index adds.
  virtual bool wholeProgram() const { return false; }
  /// Whether its findings fail a run (exit 1) when neither --fail-on's
  /// level nor the project's "fail_on" says otherwise; informative checks
  /// say no.
  virtual bool failsRunByDefault() const { return true; }

  virtual void run(const Analysis &A, std::vector<Finding> &Out) const = 0;

  /// Parses and stores option values by their declared type, once; unknown
  /// names are ignored (the session reports them), bad values keep the
  /// default and are reported in \p Problems.
  void configure(const std::map<std::string, std::string> &Values,
                 std::vector<std::string> &Problems);
  std::vector<CheckOption> allOptions() const;
  std::string option(const std::string &Name) const;

protected:
  int64_t intOption(const std::string &Name) const;
  double number(const std::string &Name) const;
  double realOption(const std::string &Name) const;
  Finding finding(const Location &Loc, std::string Message) const;

private:
  std::map<std::string, std::string> Values; // as given, for storeOptions
  std::map<std::string, double> Numbers;     // parsed Integer/Percent values
  Severity Level = Severity::Warning;
};

/// Every check, in documentation order.
std::vector<std::unique_ptr<CouplingCheck>> createAllChecks();
/// The check with this id, or null.
std::unique_ptr<CouplingCheck> createCheck(const std::string &Id);

} // namespace decouple

#endif
