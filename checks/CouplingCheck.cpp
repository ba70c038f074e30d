//===- CouplingCheck.cpp --------------------------------------------------===//
#include "checks/CouplingCheck.h"

#include <cstdlib>

namespace decouple {

const char *severityName(Severity S) {
  switch (S) {
  case Severity::Note: return "note";
  case Severity::Warning: return "warning";
  case Severity::Error: return "error";
  }
  return "?";
}

bool parseSeverity(const std::string &Text, Severity &Out) {
  for (Severity S : {Severity::Note, Severity::Warning, Severity::Error})
    if (Text == severityName(S)) {
      Out = S;
      return true;
    }
  return false;
}

std::vector<CheckOption> CouplingCheck::allOptions() const {
  std::vector<CheckOption> All{
      {"Severity", OptionType::Severity, "warning", "note, warning or error"}};
  for (CheckOption &O : options())
    All.push_back(std::move(O));
  return All;
}

namespace {

/// Parses \p Text as \p Type; numbers land in \p Number.
bool parseOption(OptionType Type, const std::string &Text, double &Number,
                 Severity &Level) {
  char *End = nullptr;
  switch (Type) {
  case OptionType::Severity:
    return parseSeverity(Text, Level);
  case OptionType::Integer: {
    long long N = std::strtoll(Text.c_str(), &End, 10);
    Number = static_cast<double>(N);
    return !Text.empty() && *End == '\0' && N >= 0;
  }
  case OptionType::Percent:
    Number = std::strtod(Text.c_str(), &End);
    return !Text.empty() && *End == '\0' && Number >= 0 && Number <= 100;
  }
  return false;
}

const char *typeName(OptionType T) {
  switch (T) {
  case OptionType::Integer: return "a whole number >= 0";
  case OptionType::Percent: return "a percentage from 0 to 100";
  case OptionType::Severity: return "note, warning or error";
  }
  return "?";
}

} // namespace

void CouplingCheck::configure(const std::map<std::string, std::string> &In,
                              std::vector<std::string> &Problems) {
  for (const CheckOption &O : allOptions()) {
    double Number = 0;
    Severity S = Severity::Warning;
    parseOption(O.Type, O.Default, Number, S); // defaults always parse
    auto It = In.find(O.Name);
    if (It != In.end()) {
      std::string V = It->second;
      if (V.size() >= 2 && V.front() == '"' && V.back() == '"')
        V = V.substr(1, V.size() - 2);
      double Given = 0;
      Severity GivenLevel = Severity::Warning;
      if (parseOption(O.Type, V, Given, GivenLevel)) {
        Number = Given;
        S = GivenLevel;
        Values[O.Name] = V;
      } else {
        Problems.push_back(std::string(id()) + ": invalid value '" + V +
                           "' for option " + O.Name + " (" + O.Help +
                           "; expected " + typeName(O.Type) + "); using " +
                           O.Default);
      }
    }
    if (O.Type == OptionType::Severity)
      Level = S;
    else
      Numbers[O.Name] = Number;
  }
}

std::string CouplingCheck::option(const std::string &Name) const {
  if (auto It = Values.find(Name); It != Values.end())
    return It->second;
  for (const CheckOption &O : allOptions())
    if (O.Name == Name)
      return O.Default;
  return "";
}

double CouplingCheck::number(const std::string &Name) const {
  if (auto It = Numbers.find(Name); It != Numbers.end())
    return It->second;
  // Not configured yet: the declared default.
  for (const CheckOption &O : allOptions())
    if (O.Name == Name) {
      double N = 0;
      Severity S;
      parseOption(O.Type, O.Default, N, S);
      return N;
    }
  return 0;
}

int64_t CouplingCheck::intOption(const std::string &Name) const {
  return static_cast<int64_t>(number(Name));
}

double CouplingCheck::realOption(const std::string &Name) const {
  return number(Name);
}

Finding CouplingCheck::finding(const Location &Loc, std::string Message) const {
  Finding F;
  F.CheckId = id();
  F.Level = Level;
  F.FailsRunByDefault = failsRunByDefault();
  F.Loc = Loc;
  F.Message = std::move(Message);
  return F;
}

} // namespace decouple
