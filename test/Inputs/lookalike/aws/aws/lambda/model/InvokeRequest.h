// Look-alike test header: imitates the signatures of the AWS SDK for C++ Lambda model (InvokeRequest, InvocationType, InvokeResult) (not the real library).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace Lambda {
enum class LambdaErrors { INTERNAL_FAILURE = 0 };
typedef Client::AWSError<LambdaErrors> LambdaError;
namespace Model {
enum class InvocationType { NOT_SET, Event, RequestResponse, DryRun };
class InvokeRequest {
public:
  InvokeRequest();
  void SetFunctionName(const String &value);
  InvokeRequest &WithFunctionName(const String &value);
  void SetInvocationType(const InvocationType &value);
  InvokeRequest &WithInvocationType(const InvocationType &value);
  void SetBody(const std::shared_ptr<IOStream> &body);
};
class InvokeResult {
public:
  InvokeResult();
  InvokeResult(InvokeResult &&);
  InvokeResult &operator=(InvokeResult &&);
  int GetStatusCode() const;
  IOStream &GetPayload() const;
  const String &GetFunctionError() const;
};
} // namespace Model
} // namespace Lambda
} // namespace Aws
