// Lookalike: the topic is a parameter, not a constant, so the subscription
// names no topic and no topic -> other edge is drawn.
#include <librdkafka/rdkafka.h>

void Loop(rd_kafka_t *rk) {
  while (rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100))
    rd_kafka_message_destroy(m);
}

void Subscribe(rd_kafka_t *rk, const char *topic) {
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(topics, topic, RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, topics);
  Loop(rk);
}
