// Look-alike test header: imitates the signatures of userver's formats::json::Value (not the real library).
#pragma once
#include <string>
#include <string_view>

namespace userver {
namespace formats {
namespace json {

class Value {
public:
  Value operator[](std::string_view key) const;
  template <typename T> T As() const;
};

class ValueBuilder {
public:
  ValueBuilder();
  ValueBuilder operator[](std::string key);
  ValueBuilder &operator=(const std::string &value);
  Value ExtractValue();
};

} // namespace json
} // namespace formats
} // namespace userver
