#include "orders/order_service.h"

#include <chrono>
#include <ctime>
#include <iostream>

namespace orders {

OrderServiceImpl::OrderServiceImpl(sqlite3 *db, rd_kafka_t *producer,
                                   std::shared_ptr<grpc::Channel> payments,
                                   std::shared_ptr<grpc::Channel> inventory,
                                   std::shared_ptr<grpc::Channel> notifications)
    : db_(db), producer_(producer),
      payments_(shop::PaymentService::NewStub(std::move(payments))),
      inventory_(shop::InventoryService::NewStub(std::move(inventory))),
      notifications_(
          shop::NotificationService::NewStub(std::move(notifications))) {}

grpc::Status
OrderServiceImpl::PlaceOrder(grpc::ServerContext *server_context,
                             const shop::PlaceOrderRequest *request,
                             shop::PlaceOrderReply *reply) {
  const std::string order_id = "o-" + std::to_string(std::time(nullptr)) + "-" +
                               std::to_string(next_id_++);
  if (!InsertOrder(order_id, *request)) {
    return grpc::Status(grpc::StatusCode::INTERNAL, "could not store order");
  }

  grpc::ClientContext reserve_ctx;
  shop::ReserveRequest reserve;
  reserve.set_order_id(order_id);
  reserve.set_sku(request->sku());
  reserve.set_quantity(request->quantity());
  shop::ReserveReply reservation;
  grpc::Status reserved =
      inventory_->Reserve(&reserve_ctx, reserve, &reservation);
  if (!reserved.ok() || !reservation.reserved()) {
    return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "out of stock");
  }

  grpc::ClientContext charge_ctx;
  charge_ctx.set_deadline(server_context->deadline());
  shop::ChargeRequest charge;
  charge.set_order_id(order_id);
  charge.set_amount_cents(request->amount_cents());
  charge.set_card_token(request->card_token());
  shop::ChargeReply payment;
  grpc::Status charged = payments_->Charge(&charge_ctx, charge, &payment);
  if (!charged.ok() || !payment.approved()) {
    return grpc::Status(grpc::StatusCode::ABORTED, "payment declined");
  }

  MarkPlaced(order_id);
  PublishOrderPlaced(order_id, *request);

  grpc::ClientContext receipt_ctx;
  receipt_ctx.set_deadline(std::chrono::system_clock::now() +
                           std::chrono::milliseconds(100));
  shop::SendReceiptRequest receipt;
  receipt.set_order_id(order_id);
  receipt.set_email(request->email());
  shop::SendReceiptReply queued;
  notifications_->SendReceipt(&receipt_ctx, receipt, &queued);

  reply->set_order_id(order_id);
  reply->set_status("PLACED");
  return grpc::Status::OK;
}

grpc::Status OrderServiceImpl::GetOrder(grpc::ServerContext *,
                                        const shop::GetOrderRequest *request,
                                        shop::Order *order) {
  sqlite3_stmt *stmt = nullptr;
  sqlite3_prepare_v2(db_,
                     "SELECT customer_id, sku, quantity, amount_cents, status "
                     "FROM orders WHERE id = ?",
                     -1, &stmt, nullptr);
  sqlite3_bind_text(stmt, 1, request->order_id().c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(stmt) != SQLITE_ROW) {
    sqlite3_finalize(stmt);
    return grpc::Status(grpc::StatusCode::NOT_FOUND, "no such order");
  }
  order->set_order_id(request->order_id());
  order->set_customer_id(
      reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
  order->set_sku(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
  order->set_quantity(sqlite3_column_int(stmt, 2));
  order->set_amount_cents(sqlite3_column_int64(stmt, 3));
  order->set_status(
      reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)));
  sqlite3_finalize(stmt);
  return grpc::Status::OK;
}

grpc::Status
OrderServiceImpl::CancelOrder(grpc::ServerContext *,
                              const shop::CancelOrderRequest *request,
                              shop::CancelOrderReply *reply) {
  // Transactional outbox: the event commits with the state change and
  // OutboxRelayLoop publishes it later, so this handler waits on no one.
  char *sql =
      sqlite3_mprintf("BEGIN;"
                      "UPDATE orders SET status = 'CANCELLED' WHERE id = %Q;"
                      "INSERT INTO outbox(topic, key, payload) "
                      "VALUES('order-cancelled', %Q, %Q);"
                      "COMMIT;",
                      request->order_id().c_str(), request->order_id().c_str(),
                      request->order_id().c_str());
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  sqlite3_free(sql);
  if (rc != SQLITE_OK) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return grpc::Status(grpc::StatusCode::INTERNAL, sqlite3_errmsg(db_));
  }
  reply->set_cancelled(true);
  return grpc::Status::OK;
}

bool OrderServiceImpl::InsertOrder(const std::string &order_id,
                                   const shop::PlaceOrderRequest &request) {
  sqlite3_stmt *stmt = nullptr;
  if (sqlite3_prepare_v2(
          db_,
          "INSERT INTO orders(id, customer_id, sku, quantity, "
          "amount_cents, status) VALUES(?, ?, ?, ?, ?, 'PENDING')",
          -1, &stmt, nullptr) != SQLITE_OK) {
    return false;
  }
  sqlite3_bind_text(stmt, 1, order_id.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 2, request.customer_id().c_str(), -1,
                    SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 3, request.sku().c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(stmt, 4, request.quantity());
  sqlite3_bind_int64(stmt, 5, request.amount_cents());
  const bool stored = sqlite3_step(stmt) == SQLITE_DONE;
  sqlite3_finalize(stmt);
  return stored;
}

bool OrderServiceImpl::MarkPlaced(const std::string &order_id) {
  sqlite3_stmt *stmt = nullptr;
  if (sqlite3_prepare_v2(db_,
                         "UPDATE orders SET status = 'PLACED' WHERE id = ?", -1,
                         &stmt, nullptr) != SQLITE_OK) {
    return false;
  }
  sqlite3_bind_text(stmt, 1, order_id.c_str(), -1, SQLITE_TRANSIENT);
  const bool updated = sqlite3_step(stmt) == SQLITE_DONE;
  sqlite3_finalize(stmt);
  return updated;
}

void OrderServiceImpl::PublishOrderPlaced(
    const std::string &order_id, const shop::PlaceOrderRequest &request) {
  std::string payload = request.SerializeAsString();
  rd_kafka_resp_err_t err = rd_kafka_producev(
      producer_, RD_KAFKA_V_TOPIC("order-placed"),
      RD_KAFKA_V_KEY(order_id.data(), order_id.size()),
      RD_KAFKA_V_VALUE(payload.data(), payload.size()),
      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    std::cerr << "order-placed not queued: " << rd_kafka_err2str(err) << '\n';
  }
}

} // namespace orders
