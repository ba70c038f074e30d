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
      {"Severity", "warning", "note, warning or error"}};
  for (CheckOption &O : options())
    All.push_back(std::move(O));
  return All;
}

void CouplingCheck::configure(const std::map<std::string, std::string> &In,
                              std::vector<std::string> &Problems) {
  for (const CheckOption &O : allOptions()) {
    auto It = In.find(O.Name);
    if (It == In.end())
      continue;
    std::string V = It->second;
    if (V.size() >= 2 && V.front() == '"' && V.back() == '"')
      V = V.substr(1, V.size() - 2);
    bool Ok = true;
    if (O.Name == "Severity") {
      Severity S;
      Ok = parseSeverity(V, S);
    } else if (!O.Default.empty() &&
               O.Default.find_first_not_of("0123456789.") == std::string::npos) {
      char *End = nullptr;
      std::strtod(V.c_str(), &End);
      Ok = !V.empty() && End && *End == '\0';
    }
    if (Ok)
      Values[O.Name] = V;
    else
      Problems.push_back(std::string(id()) + ": invalid value '" + V +
                         "' for option " + O.Name + " (" + O.Help +
                         "); using " + O.Default);
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

int64_t CouplingCheck::intOption(const std::string &Name) const {
  return std::strtoll(option(Name).c_str(), nullptr, 10);
}

double CouplingCheck::realOption(const std::string &Name) const {
  return std::strtod(option(Name).c_str(), nullptr);
}

Finding CouplingCheck::finding(const Location &Loc, std::string Message) const {
  Finding F;
  F.CheckId = id();
  parseSeverity(option("Severity"), F.Level);
  F.Loc = Loc;
  F.Message = std::move(Message);
  return F;
}

} // namespace decouple
