#pragma once

#include <memory>

#include <grpcpp/grpcpp.h>

#include "orders.grpc.pb.h"

namespace gateway {

class OrderClient {
public:
  explicit OrderClient(std::shared_ptr<grpc::Channel> channel);
  grpc::Status Place(const shop::PlaceOrderRequest &request,
                     shop::PlaceOrderReply *reply);

private:
  std::unique_ptr<shop::OrderService::Stub> stub_;
};

} // namespace gateway
