// Look-alike test header (not the real library): the core types (Aws::Utils::Outcome, Aws::Client::ClientConfiguration, AsyncCallerContext, Aws::String) that the generated clients of aws/aws-sdk-cpp use, after src/aws-cpp-sdk-core/include/aws/core/ (commit c5500d2bf926), cut down to what the tests need.
#pragma once
#include <functional>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace Aws {
using String = std::string;
using IOStream = std::iostream;
using StringStream = std::stringstream;
template <typename T> using Vector = std::vector<T>;
template <typename K, typename V> using Map = std::map<K, V>;

struct SDKOptions {};
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);

template <typename T, typename... Args>
std::shared_ptr<T> MakeShared(const char *allocationTag, Args &&...args) {
  return std::make_shared<T>(std::forward<Args>(args)...);
}

namespace Client {
struct ClientConfiguration {
  ClientConfiguration();
  String region;
  String endpointOverride;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
};

template <typename ERROR_TYPE> class AWSError {
public:
  const String &GetMessage() const;
  ERROR_TYPE GetErrorType() const;
};

class AsyncCallerContext {};
} // namespace Client

namespace Utils {
template <typename R, typename E> class Outcome {
public:
  bool IsSuccess() const;
  const R &GetResult() const;
  R &GetResult();
  const E &GetError() const;
};
} // namespace Utils
} // namespace Aws
