// Look-alike test header: imitates the signatures of Drogon's HttpController, HttpSimpleController and their METHOD_ADD/PATH_ADD macros (not the real library).
#pragma once
#include <drogon/HttpTypes.h>
#include <string>
#include <vector>

#define METHOD_LIST_BEGIN         \
    static void initPathRouting() \
    {
#define METHOD_ADD(method, pattern, ...) \
    registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...) \
    registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define METHOD_LIST_END \
    return;             \
    }

#define PATH_LIST_BEGIN           \
    static void initPathRouting() \
    {
#define PATH_ADD(path, ...) registerSelf__(path, {__VA_ARGS__})
#define PATH_LIST_END }

namespace drogon {

class DrObjectBase {
public:
  virtual ~DrObjectBase() {}
};
template <typename T> class DrObject : public virtual DrObjectBase {};

class HttpControllerBase {};

template <typename T, bool AutoCreation = true>
class HttpController : public DrObject<T>, public HttpControllerBase {
public:
  static const bool isAutoCreation = AutoCreation;

protected:
  template <typename FUNCTION>
  static void registerMethod(
      FUNCTION &&function, const std::string &pattern,
      const std::vector<internal::HttpConstraint> &filtersAndMethods =
          std::vector<internal::HttpConstraint>{},
      bool classPrefix = true, const std::string &handlerName = "") {}
};

class HttpSimpleControllerBase : public virtual DrObjectBase {
public:
  virtual void asyncHandleHttpRequest(
      const HttpRequestPtr &req,
      std::function<void(const HttpResponsePtr &)> &&callback) = 0;
  virtual ~HttpSimpleControllerBase() {}
};

template <typename T, bool AutoCreation = true>
class HttpSimpleController : public DrObject<T>, public HttpSimpleControllerBase {
public:
  static const bool isAutoCreation = AutoCreation;

protected:
  static void registerSelf__(
      const std::string &path,
      const std::vector<internal::HttpConstraint> &filtersAndMethods);
};

} // namespace drogon
