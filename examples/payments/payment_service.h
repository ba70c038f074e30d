#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "orders.grpc.pb.h"
#include "payments.grpc.pb.h"

namespace payments {

// Asks the external fraud-scoring vendor; true when the charge may proceed.
bool FraudCheckPasses(const std::string &card_token, std::int64_t amount_cents);

class PaymentServiceImpl final : public shop::PaymentService::Service {
public:
  explicit PaymentServiceImpl(std::shared_ptr<grpc::Channel> orders);

  grpc::Status Charge(grpc::ServerContext *context,
                      const shop::ChargeRequest *request,
                      shop::ChargeReply *reply) override;
  grpc::Status ListPayments(grpc::ServerContext *context,
                            const shop::ListPaymentsRequest *request,
                            shop::ListPaymentsReply *reply) override;

private:
  std::unique_ptr<shop::OrderService::Stub> orders_;
  std::mutex mu_;
  std::vector<shop::Payment> ledger_;
};

} // namespace payments
