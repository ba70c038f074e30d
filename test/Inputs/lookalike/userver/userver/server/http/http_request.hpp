// Look-alike test header: imitates the signatures of userver's server::http::HttpRequest (not the real library).
#pragma once
#include <string>

namespace userver {
namespace server {
namespace http {

class HttpResponse {
public:
  void SetStatus(int status);
};

class HttpRequest {
public:
  const std::string &RequestBody() const;
  const std::string &GetArg(std::string_view arg_name) const;
  const std::string &GetPathArg(std::string_view arg_name) const;
  const std::string &GetHeader(std::string_view header_name) const;
  HttpResponse &GetHttpResponse() const;
};

} // namespace http

namespace request {
class RequestContext {};
} // namespace request
} // namespace server
} // namespace userver
