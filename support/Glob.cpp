//===- Glob.cpp -----------------------------------------------------------===//
#include "support/Glob.h"

#include <cctype>

namespace decouple {

namespace {

void expandBraces(const std::string &P, std::vector<std::string> &Out) {
  size_t Open = P.find('{');
  if (Open == std::string::npos) {
    Out.push_back(P);
    return;
  }
  size_t Close = P.find('}', Open);
  if (Close == std::string::npos) {
    Out.push_back(P);
    return;
  }
  std::string Head = P.substr(0, Open), Tail = P.substr(Close + 1);
  std::string_view Body(P.data() + Open + 1, Close - Open - 1);
  size_t Start = 0;
  while (true) {
    size_t Comma = Body.find(',', Start);
    std::string Alt(Body.substr(Start, Comma == std::string_view::npos
                                           ? std::string_view::npos
                                           : Comma - Start));
    expandBraces(Head + Alt + Tail, Out);
    if (Comma == std::string_view::npos)
      break;
    Start = Comma + 1;
  }
}

bool matchHere(std::string_view P, std::string_view T) {
  while (!P.empty()) {
    if (P.size() >= 2 && P[0] == '*' && P[1] == '*') {
      P.remove_prefix(2);
      for (size_t I = 0; I <= T.size(); ++I)
        if (matchHere(P, T.substr(I)))
          return true;
      return false;
    }
    if (P[0] == '*') {
      P.remove_prefix(1);
      for (size_t I = 0; I <= T.size(); ++I) {
        if (matchHere(P, T.substr(I)))
          return true;
        if (I < T.size() && T[I] == ':')
          return false;
      }
      return false;
    }
    if (T.empty() || (P[0] != '?' && P[0] != T[0]))
      return false;
    P.remove_prefix(1);
    T.remove_prefix(1);
  }
  return T.empty();
}

} // namespace

std::string Glob::normalize(std::string_view Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text)
    if (!std::isspace(static_cast<unsigned char>(C)))
      Out.push_back(C);
  if (Out.rfind("::", 0) == 0)
    Out.erase(0, 2);
  return Out;
}

Glob::Glob(std::string_view Pattern) : Source(Pattern) {
  expandBraces(normalize(Pattern), Alternatives);
}

bool Glob::matches(std::string_view Text) const {
  return matchesNormalized(normalize(Text));
}

bool Glob::matchesNormalized(std::string_view Subject) const {
  for (const std::string &Alt : Alternatives)
    if (matchHere(Alt, Subject))
      return true;
  return false;
}

bool matchesAny(const std::vector<Glob> &Globs, std::string_view Text) {
  return !Globs.empty() && matchesAnyNormalized(Globs, Glob::normalize(Text));
}

bool matchesAnyNormalized(const std::vector<Glob> &Globs,
                          std::string_view Subject) {
  for (const Glob &G : Globs)
    if (G.matchesNormalized(Subject))
      return true;
  return false;
}

} // namespace decouple
