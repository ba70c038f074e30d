// A librdkafka consumer: subscribes in main, polls in its loop.
#include <librdkafka/rdkafka.h>

void Loop(rd_kafka_t *rk) {
  while (rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100))
    rd_kafka_message_destroy(m);
}

int main() {
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, nullptr, nullptr, 0);
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(topics, "order-placed", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, topics);
  Loop(rk);
}
