// The few names of jaeger-client-cpp's Tracer.h that socialNetwork's
// tracing.h uses; the real header brings in opentracing's tracer.h too.
#include <memory>
#include <string>
#include <opentracing/tracer.h>
#include <yaml-cpp/yaml.h>
namespace jaegertracing {
struct Config { static Config parse(const YAML::Node &); };
namespace logging { struct Logger {}; std::unique_ptr<Logger> consoleLogger(); }
struct Tracer : opentracing::Tracer {
  static std::shared_ptr<opentracing::Tracer>
  make(const std::string &service, const Config &config,
       std::unique_ptr<logging::Logger> logger);
};
}
