// Look-alike test header (not the real library): follows Drogon's lib/inc/drogon/HttpTypes.h
// at commit 74fc004c8dc8 (HttpRequest.h, HttpResponse.h for those classes). The declarations a rule matches are upstream's; the rest is cut down.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace drogon {

enum HttpStatusCode {
  kUnknown = 0,
  k200OK = 200,
  k201Created = 201,
  k202Accepted = 202,
  k400BadRequest = 400,
  k404NotFound = 404,
  k500InternalServerError = 500,
  k502BadGateway = 502,
};

enum ContentType { CT_NONE = 0, CT_APPLICATION_JSON, CT_TEXT_PLAIN };

enum HttpMethod { Get = 0, Post, Head, Put, Delete, Options, Patch, Invalid };

enum class ReqResult {
  Ok = 0,
  BadResponse,
  NetworkFailure,
  BadServerAddress,
  Timeout,
  HandshakeError,
  InvalidCertificate,
  EncryptionFailure,
};

class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class HttpRequest {
public:
  static HttpRequestPtr newHttpRequest();
  virtual void setMethod(const HttpMethod method) = 0;
  virtual void setPath(const std::string &path) = 0;
  virtual void setBody(const std::string &body) = 0;
  virtual const std::string &path() const = 0;
  virtual const std::string &getParameter(const std::string &key) const = 0;
  std::string_view body() const;
  std::string_view getBody() const { return body(); }
  virtual ~HttpRequest() {}
};

class HttpResponse {
public:
  static HttpResponsePtr newHttpResponse();
  static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
  virtual HttpStatusCode statusCode() const = 0;
  HttpStatusCode getStatusCode() const { return statusCode(); }
  virtual void setStatusCode(HttpStatusCode code) = 0;
  virtual void setBody(const std::string &body) = 0;
  std::string_view body() const;
  std::string_view getBody() const { return body(); }
  virtual ~HttpResponse() {}
};

using HttpReqCallback = std::function<void(ReqResult, const HttpResponsePtr &)>;

namespace internal {
enum class ConstraintType { None, HttpMethod, HttpFilter, HttpMiddleware };
class HttpConstraint {
public:
  HttpConstraint(HttpMethod method);
  HttpConstraint(std::string filterName);
  HttpConstraint(const char *filterName);
  ConstraintType type() const;
};
} // namespace internal

} // namespace drogon
