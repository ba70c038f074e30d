// Look-alike test header (not the real library): follows Drogon's orm_lib/inc/drogon/orm/DbClient.h
// at commit 74fc004c8dc8. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <drogon/utils/coroutine.h>
#include <trantor/NonCopyable.h>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <string_view>

namespace drogon {
namespace orm {

class Row;
class Result {
public:
  explicit Result(std::nullptr_t);
  size_t size() const noexcept;
  bool empty() const noexcept;
  Row operator[](size_t index) const noexcept;
};
class DrogonDbException {
public:
  virtual ~DrogonDbException() noexcept;
};

using ResultCallback = std::function<void(const Result &)>;
using ExceptionCallback = std::function<void(const DrogonDbException &)>;

class Transaction;

namespace internal {
class SqlBinder {
public:
  template <typename CallbackType> SqlBinder &operator>>(CallbackType &&callback);
  template <typename T> SqlBinder &operator<<(T &&parameter);
};
struct [[nodiscard]] SqlAwaiter : public CallbackAwaiter<Result> {
  void await_suspend(std::coroutine_handle<> handle);
};
} // namespace internal

class DbClient : public trantor::NonCopyable {
public:
  virtual ~DbClient();
  static std::shared_ptr<DbClient> newPgClient(const std::string &connInfo,
                                               size_t connNum,
                                               bool autoBatch = false);
  static std::shared_ptr<DbClient> newMysqlClient(const std::string &connInfo,
                                                  size_t connNum);

  /// Async and nonblocking.
  template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
  void execSqlAsync(const std::string &sql, FUNCTION1 &&rCallback,
                    FUNCTION2 &&exceptCallback, Arguments &&...args) noexcept {}

  template <typename... Arguments>
  std::future<Result> execSqlAsyncFuture(const std::string &sql,
                                         Arguments &&...args) noexcept {
    return {};
  }

  /// Sync and blocking.
  template <typename... Arguments>
  Result execSqlSync(const std::string &sql, Arguments &&...args) noexcept(false) {
    return Result(nullptr);
  }

  /// For coroutines: co_await the result.
  template <typename... Arguments>
  internal::SqlAwaiter execSqlCoro(const std::string &sql, Arguments &&...args) noexcept {
    return {};
  }

  /// Streams the SQL into a binder: *db << sql << arg >> onResult >> onError;
  internal::SqlBinder operator<<(const std::string &sql);
  internal::SqlBinder operator<<(std::string &&sql);
  template <int N> internal::SqlBinder operator<<(const char (&sql)[N]);
  internal::SqlBinder operator<<(const std::string_view &sql);

  virtual std::shared_ptr<Transaction> newTransaction(
      const std::function<void(bool)> &commitCallback =
          std::function<void(bool)>()) noexcept(false) = 0;

  virtual void setTimeout(double timeout) = 0;
};
using DbClientPtr = std::shared_ptr<DbClient>;

class Transaction : public DbClient {
public:
  virtual void rollback() = 0;
};

} // namespace orm
} // namespace drogon
