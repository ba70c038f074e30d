#include <chrono>
#include <string>
#include <thread>

#include "orders/order_service.h"

namespace orders {

// Repairs orders whose charge succeeded but whose PlaceOrder died before
// MarkPlaced. Runs on its own thread, off every request path.
void ReconcileLoop(sqlite3 *db, std::shared_ptr<grpc::Channel> channel,
                   const std::atomic<bool> &stop) {
  auto payments = shop::PaymentService::NewStub(std::move(channel));
  while (!stop) {
    grpc::ClientContext ctx;
    shop::ListPaymentsRequest all;
    shop::ListPaymentsReply ledger;
    if (payments->ListPayments(&ctx, all, &ledger).ok()) {
      for (const shop::Payment &payment : ledger.payments()) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "UPDATE orders SET status = 'PLACED' "
                           "WHERE id = ? AND status = 'PENDING'",
                           -1, &stmt, nullptr);
        sqlite3_bind_text(stmt, 1, payment.order_id().c_str(), -1,
                          SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_finalize(stmt);
      }
    }
    std::this_thread::sleep_for(std::chrono::minutes(1));
  }
}

void OutboxRelayLoop(sqlite3 *db, rd_kafka_t *producer,
                     const std::atomic<bool> &stop) {
  while (!stop) {
    sqlite3_stmt *pending = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT rowid, topic, key, payload FROM outbox "
                       "ORDER BY rowid LIMIT 100",
                       -1, &pending, nullptr);
    while (sqlite3_step(pending) == SQLITE_ROW) {
      const sqlite3_int64 rowid = sqlite3_column_int64(pending, 0);
      std::string topic =
          reinterpret_cast<const char *>(sqlite3_column_text(pending, 1));
      std::string key =
          reinterpret_cast<const char *>(sqlite3_column_text(pending, 2));
      std::string payload =
          reinterpret_cast<const char *>(sqlite3_column_text(pending, 3));
      rd_kafka_resp_err_t err = rd_kafka_producev(
          producer, RD_KAFKA_V_TOPIC(topic.c_str()),
          RD_KAFKA_V_KEY(key.data(), key.size()),
          RD_KAFKA_V_VALUE(payload.data(), payload.size()),
          RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
      if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        break;
      }
      char *done =
          sqlite3_mprintf("DELETE FROM outbox WHERE rowid = %lld", rowid);
      sqlite3_exec(db, done, nullptr, nullptr, nullptr);
      sqlite3_free(done);
    }
    sqlite3_finalize(pending);
    rd_kafka_poll(producer, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
}

} // namespace orders
