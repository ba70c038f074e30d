//===- SqlText.cpp --------------------------------------------------------===//
#include "index/SqlText.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace decouple {

namespace {

bool isNameChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '.'; }

llvm::StringRef firstWord(llvm::StringRef S) {
  return S.ltrim().take_while(isNameChar);
}

/// The items of the parenthesised list that opens at \p Open.
llvm::SmallVector<llvm::StringRef, 8> listAt(llvm::StringRef Text,
                                             size_t Open) {
  llvm::SmallVector<llvm::StringRef, 8> Items;
  size_t Close =
      Open == llvm::StringRef::npos ? Open : Text.find(')', Open);
  if (Close == llvm::StringRef::npos)
    return Items;
  Text.slice(Open + 1, Close).split(Items, ',');
  for (llvm::StringRef &I : Items)
    I = I.trim();
  return Items;
}

} // namespace

llvm::SmallVector<llvm::StringRef, 4> sqlStatements(llvm::StringRef Sql) {
  llvm::SmallVector<llvm::StringRef, 4> Parts, Out;
  Sql.split(Parts, ';');
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Out.push_back(P.trim());
  return Out;
}

bool isTransactionControl(llvm::StringRef Statement) {
  std::string W = firstWord(Statement).upper();
  if (W == "START") // START TRANSACTION
    return firstWord(Statement.ltrim().drop_front(5)).upper() == "TRANSACTION";
  return llvm::is_contained({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
                             "RELEASE"},
                            W);
}

std::string sqlVerb(llvm::StringRef Sql) {
  for (llvm::StringRef S : sqlStatements(Sql))
    if (!isTransactionControl(S))
      return firstWord(S).upper();
  return "";
}

std::vector<std::string> sqlTables(llvm::StringRef Sql) {
  std::vector<std::string> Tables;
  for (llvm::StringRef Statement : sqlStatements(Sql)) {
    if (isTransactionControl(Statement))
      continue;
    llvm::SmallVector<llvm::StringRef, 16> Words;
    Statement.split(Words, ' ', -1, false);
    for (size_t I = 0; I + 1 < Words.size(); ++I) {
      std::string W = Words[I].trim().upper();
      if (W != "INTO" && W != "FROM" && W != "UPDATE" && W != "TABLE")
        continue;
      size_t J = I + 1;
      if (Words[J].upper() == "IF" && J + 3 < Words.size()) // IF NOT EXISTS
        J += 3;
      std::string T = Words[J].take_while(isNameChar).str();
      if (!T.empty() && !llvm::is_contained(Tables, T))
        Tables.push_back(T);
    }
  }
  return Tables;
}

bool namesOutbox(llvm::StringRef Name) {
  return Name.contains_insensitive("outbox");
}

std::string outboxRowTopic(llvm::StringRef Sql) {
  for (llvm::StringRef Statement : sqlStatements(Sql)) {
    // INSERT INTO <..outbox..>(c1, topic, ...) VALUES(v1, 'name', ...)
    if (sqlVerb(Statement) != "INSERT")
      continue;
    size_t Into = Statement.lower().find("into ");
    if (Into == std::string::npos)
      continue;
    llvm::StringRef Rest = Statement.drop_front(Into + 5).ltrim();
    llvm::StringRef Table = Rest.take_while(isNameChar);
    if (!namesOutbox(Table))
      continue;
    Rest = Rest.drop_front(Table.size());
    auto Columns = listAt(Rest, Rest.ltrim().starts_with("(")
                                    ? Rest.find('(')
                                    : llvm::StringRef::npos);
    size_t Values = Rest.lower().find("values");
    if (Values == llvm::StringRef::npos)
      continue;
    auto Row = listAt(Rest, Rest.find('(', Values));
    for (size_t I = 0; I < Columns.size() && I < Row.size(); ++I)
      if (Columns[I].lower() == "topic" && Row[I].size() > 2 &&
          Row[I].starts_with("'") && Row[I].ends_with("'"))
        return Row[I].drop_front().drop_back().str();
  }
  return "";
}

} // namespace decouple
