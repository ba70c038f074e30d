#include "workers/order_placed_consumer.h"

#include <iostream>

#include "orders.pb.h"

namespace workers {
namespace {

void HandleOrderPlaced(const rd_kafka_message_t &message,
                       shop::CatalogService::Stub &catalog) {
  shop::PlaceOrderRequest order;
  if (!order.ParseFromArray(message.payload, static_cast<int>(message.len))) {
    return;
  }
  grpc::ClientContext ctx;
  shop::GetProductRequest lookup;
  lookup.set_sku(order.sku());
  shop::Product product;
  if (!catalog.GetProduct(&ctx, lookup, &product).ok()) {
    return;
  }
  std::cout << order.sku() << ',' << product.name() << ',' << order.quantity()
            << ',' << order.amount_cents() << '\n';
}

} // namespace

void RunOrderPlacedConsumer(rd_kafka_t *consumer,
                            shop::CatalogService::Stub &catalog,
                            const std::atomic<bool> &stop) {
  while (!stop) {
    rd_kafka_message_t *message = rd_kafka_consumer_poll(consumer, 500);
    if (message == nullptr) {
      continue;
    }
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      HandleOrderPlaced(*message, catalog);
    }
    rd_kafka_message_destroy(message);
  }
}

} // namespace workers
