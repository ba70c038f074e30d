#include "gateway/order_client.h"

namespace gateway {

OrderClient::OrderClient(std::shared_ptr<grpc::Channel> channel)
    : stub_(shop::OrderService::NewStub(std::move(channel))) {}

grpc::Status OrderClient::Place(const shop::PlaceOrderRequest &request,
                                shop::PlaceOrderReply *reply) {
  grpc::ClientContext ctx;
  ctx.AddMetadata("x-caller", "gateway");
  return stub_->PlaceOrder(&ctx, request, reply);
}

} // namespace gateway
