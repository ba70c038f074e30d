// Look-alike test header (not the real library): follows Drogon's lib/inc/drogon/HttpSimpleController.h
// at commit 74fc004c8dc8. The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <drogon/DrObject.h>
#include <drogon/HttpTypes.h>
#include <string>
#include <vector>

#define PATH_LIST_BEGIN           \
    static void initPathRouting() \
    {
#define PATH_ADD(path, ...) registerSelf__(path, {__VA_ARGS__})
#define PATH_LIST_END }

namespace drogon {

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
  static constexpr bool isAutoCreation = AutoCreation;

protected:
  static void registerSelf__(
      const std::string &path,
      const std::vector<internal::HttpConstraint> &constraints);
};

} // namespace drogon
