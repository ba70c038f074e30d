#pragma once

#include <atomic>

#include <librdkafka/rdkafka.h>

#include "catalog.grpc.pb.h"

namespace workers {

// Consumes order-placed and appends one CSV row per order for the BI export.
void RunOrderPlacedConsumer(rd_kafka_t *consumer,
                            shop::CatalogService::Stub &catalog,
                            const std::atomic<bool> &stop);

} // namespace workers
