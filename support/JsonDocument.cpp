//===- JsonDocument.cpp ---------------------------------------------------===//
#include "support/JsonDocument.h"

#include "llvm/ADT/StringExtras.h"

#include <fstream>
#include <sstream>

namespace decouple {

namespace {

std::string escapePointerToken(const std::string &Key) {
  std::string Out;
  for (char C : Key) {
    if (C == '~')
      Out += "~0";
    else if (C == '/')
      Out += "~1";
    else
      Out += C;
  }
  return Out;
}

class Parser {
public:
  Parser(std::string_view Text, JsonDocument &Doc, bool KeepPositions)
      : Text(Text), Doc(Doc), Keep(KeepPositions) {}

  bool parse(std::string &Error) {
    skipSpace();
    if (!value(Doc.Value, "")) {
      Error = Doc.FileName + ":" + std::to_string(Line) + ":" +
              std::to_string(column()) + ": " + Message;
      return false;
    }
    skipSpace();
    if (Pos != Text.size()) {
      Error = Doc.FileName + ":" + std::to_string(Line) + ":" +
              std::to_string(column()) + ": expected end of document";
      return false;
    }
    return true;
  }

private:
  std::string_view Text;
  JsonDocument &Doc;
  // Without positions no JSON pointer is built either: a 100,000-entry
  // compile database parses in a fraction of the time (docs/performance.md).
  bool Keep;
  size_t Pos = 0, LineStart = 0;
  unsigned Line = 1;
  std::string Message;

  unsigned column() const { return static_cast<unsigned>(Pos - LineStart + 1); }
  bool fail(std::string M) {
    Message = std::move(M);
    return false;
  }
  void skipSpace() {
    while (Pos < Text.size()) {
      char C = Text[Pos];
      if (C == '\n') {
        ++Line;
        LineStart = Pos + 1;
      } else if (C != ' ' && C != '\t' && C != '\r') {
        break;
      }
      ++Pos;
    }
  }
  bool literal(std::string_view Word) {
    if (Text.substr(Pos, Word.size()) != Word)
      return false;
    Pos += Word.size();
    return true;
  }

  bool value(nlohmann::json &Out, const std::string &Pointer) {
    if (Keep)
      Doc.Positions[Pointer] = {Line, column()};
    if (Pos >= Text.size())
      return fail("expected a value, found end of file");
    char C = Text[Pos];
    if (C == '{')
      return object(Out, Pointer);
    if (C == '[')
      return array(Out, Pointer);
    if (C == '"') {
      std::string S;
      if (!string(S))
        return false;
      Out = std::move(S);
      return true;
    }
    if (literal("true")) {
      Out = true;
      return true;
    }
    if (literal("false")) {
      Out = false;
      return true;
    }
    if (literal("null")) {
      Out = nullptr;
      return true;
    }
    if (C == '-' || (C >= '0' && C <= '9'))
      return number(Out);
    return fail(std::string("expected a value, found '") + C + "'");
  }

  bool number(nlohmann::json &Out) {
    size_t Start = Pos;
    bool IsFloat = false;
    if (Text[Pos] == '-')
      ++Pos;
    while (Pos < Text.size()) {
      char C = Text[Pos];
      if (C == '.' || C == 'e' || C == 'E' || C == '+' ||
          (C == '-' && Pos > Start))
        IsFloat = true;
      else if (C < '0' || C > '9')
        break;
      ++Pos;
    }
    std::string N(Text.substr(Start, Pos - Start));
    try {
      if (IsFloat)
        Out = std::stod(N);
      else
        Out = std::stoll(N);
    } catch (...) {
      Pos = Start;
      return fail("malformed number '" + N + "'");
    }
    return true;
  }

  bool string(std::string &Out) {
    ++Pos; // opening quote
    while (Pos < Text.size() && Text[Pos] != '"') {
      char C = Text[Pos++];
      if (C == '\n')
        return fail("unterminated string");
      if (C != '\\') {
        Out += C;
        continue;
      }
      if (Pos >= Text.size())
        break;
      char E = Text[Pos++];
      switch (E) {
      case 'n': Out += '\n'; break;
      case 't': Out += '\t'; break;
      case 'r': Out += '\r'; break;
      case 'b': Out += '\b'; break;
      case 'f': Out += '\f'; break;
      case 'u': {
        // Exactly four hex digits (std::stoul would throw on "\\u/a/4").
        unsigned Code = 0;
        for (unsigned I = 0; I < 4; ++I, ++Pos) {
          if (Pos >= Text.size() || !llvm::isHexDigit(Text[Pos]))
            return fail("malformed \\u escape (expected four hex digits)");
          Code = Code * 16 + llvm::hexDigitValue(Text[Pos]);
        }
        if (Code < 0x80) {
          Out += static_cast<char>(Code);
        } else if (Code < 0x800) {
          Out += static_cast<char>(0xC0 | (Code >> 6));
          Out += static_cast<char>(0x80 | (Code & 0x3F));
        } else {
          Out += static_cast<char>(0xE0 | (Code >> 12));
          Out += static_cast<char>(0x80 | ((Code >> 6) & 0x3F));
          Out += static_cast<char>(0x80 | (Code & 0x3F));
        }
        break;
      }
      default: Out += E;
      }
    }
    if (Pos >= Text.size())
      return fail("unterminated string");
    ++Pos; // closing quote
    return true;
  }

  bool object(nlohmann::json &Out, const std::string &Pointer) {
    Out = nlohmann::json::object();
    ++Pos;
    skipSpace();
    if (Pos < Text.size() && Text[Pos] == '}') {
      ++Pos;
      return true;
    }
    while (true) {
      skipSpace();
      if (Pos >= Text.size() || Text[Pos] != '"')
        return fail("expected a quoted key");
      std::string Key;
      JsonPosition KeyPos{Line, column()};
      if (!string(Key))
        return false;
      if (Out.contains(Key))
        return fail("duplicate key \"" + Key + "\"");
      skipSpace();
      if (Pos >= Text.size() || Text[Pos] != ':')
        return fail("expected ':' after key \"" + Key + "\"");
      ++Pos;
      skipSpace();
      std::string Child =
          Keep ? Pointer + "/" + escapePointerToken(Key) : std::string();
      if (!value(Out[Key], Child))
        return false;
      // Errors about a key (e.g. "unknown key") point at the key itself.
      if (Keep)
        Doc.Positions[Child + "#key"] = KeyPos;
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == '}') {
        ++Pos;
        return true;
      }
      return fail("expected ',' or '}' in object");
    }
  }

  bool array(nlohmann::json &Out, const std::string &Pointer) {
    Out = nlohmann::json::array();
    ++Pos;
    skipSpace();
    if (Pos < Text.size() && Text[Pos] == ']') {
      ++Pos;
      return true;
    }
    for (size_t I = 0;; ++I) {
      skipSpace();
      Out.push_back(nullptr);
      if (!value(Out.back(),
                 Keep ? Pointer + "/" + std::to_string(I) : std::string()))
        return false;
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == ']') {
        ++Pos;
        return true;
      }
      return fail("expected ',' or ']' in array");
    }
  }
};

} // namespace

std::string JsonDocument::where(const std::string &Pointer) const {
  std::string P = Pointer;
  while (true) {
    auto It = Positions.find(P);
    if (It != Positions.end())
      return FileName + ":" + std::to_string(It->second.Line) + ":" +
             std::to_string(It->second.Column);
    size_t Hash = P.find('#');
    if (Hash != std::string::npos) {
      P.erase(Hash);
      continue;
    }
    size_t Slash = P.rfind('/');
    if (Slash == std::string::npos)
      return FileName;
    P.erase(Slash);
  }
}

bool parseJsonDocument(std::string_view Text, std::string_view FileName,
                       JsonDocument &Doc, std::string &Error,
                       bool KeepPositions) {
  Doc.FileName = std::string(FileName);
  Doc.Positions.clear();
  Parser P(Text, Doc, KeepPositions);
  return P.parse(Error);
}

bool loadJsonDocument(const std::string &Path, JsonDocument &Doc,
                      std::string &Error, bool KeepPositions) {
  std::ifstream In(Path, std::ios::binary);
  if (!In) {
    Error = Path + ": cannot read file";
    return false;
  }
  std::stringstream SS;
  SS << In.rdbuf();
  return parseJsonDocument(SS.str(), Path, Doc, Error, KeepPositions);
}

} // namespace decouple
