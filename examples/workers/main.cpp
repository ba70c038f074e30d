#include <csignal>
#include <iostream>

#include "common/env.h"
#include "workers/order_placed_consumer.h"

namespace {

std::atomic<bool> g_stop{false};

} // namespace

int main() {
  std::signal(SIGTERM, [](int) { g_stop = true; });

  char error[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers",
                    shop::Address("KAFKA_BROKERS", "kafka:9092").c_str(), error,
                    sizeof error);
  rd_kafka_conf_set(conf, "group.id", "sales-export", error, sizeof error);
  rd_kafka_t *consumer =
      rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof error);
  if (consumer == nullptr) {
    std::cerr << "kafka: " << error << '\n';
    return 1;
  }
  rd_kafka_poll_set_consumer(consumer);
  rd_kafka_topic_partition_list_t *topics =
      rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(topics, "order-placed",
                                    RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(consumer, topics);
  rd_kafka_topic_partition_list_destroy(topics);

  auto catalog = shop::CatalogService::NewStub(
      shop::Dial("CATALOG_ADDR", "catalog:50051"));
  workers::RunOrderPlacedConsumer(consumer, *catalog, g_stop);

  rd_kafka_consumer_close(consumer);
  rd_kafka_destroy(consumer);
}
