#include "payments/payment_service.h"

#include <chrono>

namespace payments {

PaymentServiceImpl::PaymentServiceImpl(std::shared_ptr<grpc::Channel> orders)
    : orders_(shop::OrderService::NewStub(std::move(orders))) {}

grpc::Status PaymentServiceImpl::Charge(grpc::ServerContext *,
                                        const shop::ChargeRequest *request,
                                        shop::ChargeReply *reply) {
  // The amount is re-read from Orders rather than trusted from the caller.
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() +
                   std::chrono::milliseconds(250));
  shop::GetOrderRequest lookup;
  lookup.set_order_id(request->order_id());
  shop::Order order;
  grpc::Status found = orders_->GetOrder(&ctx, lookup, &order);
  if (!found.ok()) {
    return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "unknown order");
  }
  if (order.amount_cents() != request->amount_cents()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "amount mismatch");
  }

  if (!FraudCheckPasses(request->card_token(), request->amount_cents())) {
    reply->set_approved(false);
    return grpc::Status::OK;
  }

  shop::Payment payment;
  payment.set_payment_id("p-" + request->order_id());
  payment.set_order_id(request->order_id());
  payment.set_amount_cents(request->amount_cents());
  payment.set_customer_id(order.customer_id());
  {
    std::lock_guard<std::mutex> lock(mu_);
    ledger_.push_back(payment);
  }
  reply->set_payment_id(payment.payment_id());
  reply->set_approved(true);
  return grpc::Status::OK;
}

grpc::Status
PaymentServiceImpl::ListPayments(grpc::ServerContext *,
                                 const shop::ListPaymentsRequest *request,
                                 shop::ListPaymentsReply *reply) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const shop::Payment &payment : ledger_) {
    if (request->customer_id().empty() ||
        payment.customer_id() == request->customer_id()) {
      *reply->add_payments() = payment;
    }
  }
  return grpc::Status::OK;
}

} // namespace payments
