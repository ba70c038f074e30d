// Look-alike test header: imitates the signatures of userver's components::ComponentConfig and ComponentContext (not the real library).
#pragma once
#include <string>
#include <string_view>

namespace userver {
namespace components {

class ComponentConfig {
public:
  const std::string &Name() const;
};

class ComponentContext {
public:
  template <typename T> T &FindComponent() const;
  template <typename T> T &FindComponent(std::string_view name) const;
};

class LoggableComponentBase {
public:
  LoggableComponentBase(const ComponentConfig &, const ComponentContext &);
  virtual ~LoggableComponentBase();
};

} // namespace components
} // namespace userver
