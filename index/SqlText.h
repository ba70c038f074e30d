//===- SqlText.h - What an SQL statement's text says ------------*- C++ -*-===//
//
// The one home for reading SQL text: which statements a string holds, which
// of them only control a transaction (BEGIN, COMMIT, ROLLBACK, SAVEPOINT),
// the verb that makes it a read or a write, the tables it names, and whether
// a table (or a function) names a transactional outbox. The extractor
// classifies datastore sites with it; the map and the checks read tables,
// outbox rows and their topics with it.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_INDEX_SQLTEXT_H
#define DECOUPLE_INDEX_SQLTEXT_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace decouple {

/// The statements of \p Sql, split at ';', trimmed, empty ones dropped.
llvm::SmallVector<llvm::StringRef, 4> sqlStatements(llvm::StringRef Sql);

/// A statement that only begins, ends or marks a transaction: BEGIN, START
/// TRANSACTION, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE.
bool isTransactionControl(llvm::StringRef Statement);

/// The first word, upper case, of the first statement that is not
/// transaction control ("INSERT" for "BEGIN; INSERT INTO t ..."), or "".
std::string sqlVerb(llvm::StringRef Sql);

/// Every table the statements name after INTO, FROM, UPDATE or TABLE, in
/// order and once each; transaction control names none.
std::vector<std::string> sqlTables(llvm::StringRef Sql);

/// Whether a table or function name names a transactional outbox: it
/// contains "outbox", in any case (outbox, order_outbox, OutboxEvents,
/// Outbox::Append).
bool namesOutbox(llvm::StringRef Name);

/// The topic an INSERT into an outbox table names in its "topic" column as
/// a string literal (INSERT INTO outbox(topic, ...) VALUES('order-cancelled',
/// ...)), in any statement of \p Sql; "" when none does.
std::string outboxRowTopic(llvm::StringRef Sql);

} // namespace decouple

#endif
