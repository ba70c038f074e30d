// Look-alike test header: imitates the signatures of the AWS SDK for C++ SNS model (PublishRequest) (not the real library).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace SNS {
enum class SNSErrors { INTERNAL_FAILURE = 0 };
typedef Client::AWSError<SNSErrors> SNSError;
namespace Model {
class PublishRequest {
public:
  void SetTopicArn(const String &value);
  PublishRequest &WithTopicArn(const String &value);
  void SetMessage(const String &value);
  PublishRequest &WithMessage(const String &value);
};
class PublishResult {
public:
  const String &GetMessageId() const;
};
} // namespace Model
} // namespace SNS
} // namespace Aws
