#pragma once

#include <cstdlib>
#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafkacpp.h>

namespace shop {

// Addresses come from the environment; the defaults are the cluster DNS names.
inline std::string Address(const char *env, const char *fallback) {
  const char *value = std::getenv(env);
  return value != nullptr ? value : fallback;
}

inline std::shared_ptr<grpc::Channel> Dial(const char *env,
                                           const char *fallback) {
  return grpc::CreateChannel(Address(env, fallback),
                             grpc::InsecureChannelCredentials());
}

inline std::unique_ptr<RdKafka::Producer> MakeProducer() {
  std::string error;
  std::unique_ptr<RdKafka::Conf> conf(
      RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  conf->set("bootstrap.servers", Address("KAFKA_BROKERS", "kafka:9092"), error);
  return std::unique_ptr<RdKafka::Producer>(
      RdKafka::Producer::create(conf.get(), error));
}

} // namespace shop
