// Look-alike test header (not the real library): follows CrowCpp/Crow at commit 2366edbadb56:
// include/crow/app.h (Crow, CROW_ROUTE, CROW_BP_ROUTE, CROW_CATCHALL_ROUTE), include/crow/routing.h
// (BaseRule, RuleParameterTraits, TaggedRule, DynamicRule, CatchallRule, Blueprint) and
// include/crow/common.h (HTTPMethod, "GET"_method). The names, namespaces and handler-taking
// operator() overloads a rule matches are upstream's. Cut down: route<Tag>() returns TaggedRule<>&
// where upstream returns the TaggedRule rebound to the pattern's parameter types.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#define CROW_ROUTE(app, url) app.template route<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_BP_ROUTE(blueprint, url) blueprint.new_rule_tagged<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_CATCHALL_ROUTE(app) app.catchall_route()

namespace crow {

enum class HTTPMethod : char {
  DELETE = 0, GET, HEAD, POST, PUT, CONNECT, OPTIONS, TRACE, PATCH,
  Delete = 0, Get, Head, Post, Put, Connect, Options, Trace, Patch
};

struct query_string {
  char *get(const std::string &name) const;
};

struct request {
  HTTPMethod method;
  std::string raw_url;
  std::string url;
  query_string url_params;
  std::string body;
  std::string remote_ip_address;
  const std::string &get_header_value(const std::string &key) const;
};

struct response {
  int code{200};
  std::string body;
  response() = default;
  explicit response(int code);
  response(std::string body);
  response(int code, std::string body);
  void write(const std::string &body_part);
  void end();
  void end(const std::string &body_part);
  void set_header(std::string key, std::string value);
};

namespace black_magic {
/// Computes the parameter tag of a route pattern at compile time.
constexpr uint64_t get_parameter_tag(const char *s, unsigned p = 0) {
  return s[p] == 0 ? 0 : (s[p] == '<' ? 1 : 0) + 6 * get_parameter_tag(s, p + 1);
}
} // namespace black_magic

class BaseRule {
public:
  BaseRule(std::string rule) : rule_(std::move(rule)) {}
  virtual ~BaseRule() = default;
  virtual void validate() = 0;
  const std::string &rule() { return rule_; }

protected:
  std::string rule_;
};

template <typename T> struct RuleParameterTraits {
  using self_t = T;
  self_t &name(std::string name) noexcept { return static_cast<self_t &>(*this); }
  self_t &methods(HTTPMethod method) { return static_cast<self_t &>(*this); }
  template <typename... MethodArgs>
  self_t &methods(HTTPMethod method, MethodArgs... args_method) {
    return static_cast<self_t &>(*this);
  }
};

/// A rule whose parameters are typed by the tag of its pattern.
template <typename... Args>
class TaggedRule : public BaseRule, public RuleParameterTraits<TaggedRule<Args...>> {
public:
  using self_t = TaggedRule<Args...>;
  TaggedRule(std::string rule) : BaseRule(std::move(rule)) {}
  void validate() override {}
  template <typename Func> void operator()(Func &&f) {}
  template <typename Func> void operator()(std::string name, Func &&f) {}
};

/// A rule whose parameters are parsed at run time (CROW_MSVC_WORKAROUND).
class DynamicRule : public BaseRule, public RuleParameterTraits<DynamicRule> {
public:
  DynamicRule(std::string rule) : BaseRule(std::move(rule)) {}
  void validate() override {}
  template <typename Func> void operator()(Func f) {}
  template <typename Func> void operator()(std::string name, Func &&f) {}
};

class CatchallRule {
public:
  template <typename Func> void operator()(Func &&f) {}
};

class Blueprint {
public:
  Blueprint(const std::string &prefix);
  DynamicRule &new_rule_dynamic(const std::string &rule);
  template <uint64_t N> TaggedRule<> &new_rule_tagged(const std::string &rule);
  CatchallRule &catchall_rule();
};

template <typename... Middlewares> class Crow {
public:
  using self_t = Crow;
  Crow() = default;
  DynamicRule &route_dynamic(const std::string &rule);
  template <uint64_t Tag> TaggedRule<> &route(const std::string &rule); // upstream: auto route(...) -> rebind<TaggedRule>&
  CatchallRule &catchall_route();
  self_t &register_blueprint(Blueprint &blueprint);
  self_t &port(std::uint16_t port);
  self_t &bindaddr(std::string bindaddr);
  self_t &concurrency(unsigned int concurrency);
  self_t &multithreaded();
  void run();
  void stop();
};

template <typename... Middlewares> using App = Crow<Middlewares...>;
using SimpleApp = Crow<>;

} // namespace crow

// Upstream compares the whole name (black_magic::is_equ_p) over every method.
constexpr crow::HTTPMethod method_from_string(const char *str) {
  return str[0] == 'P' ? (str[1] == 'O' ? crow::HTTPMethod::Post : crow::HTTPMethod::Put)
                       : crow::HTTPMethod::Get;
}

// As upstream's include/crow/common.h declares it: at global scope, outside
// namespace crow, so `"GET"_method` needs no using-declaration.
constexpr crow::HTTPMethod operator""_method(const char *str, size_t /*len*/) {
  return method_from_string(str);
}
