// Look-alike test header: imitates the signatures of the AWS SDK for C++ SQS model (SendMessageRequest, ReceiveMessageRequest, Message) (not the real library).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace SQS {
enum class SQSErrors { INTERNAL_FAILURE = 0 };
typedef Client::AWSError<SQSErrors> SQSError;
namespace Model {
class SendMessageRequest {
public:
  void SetQueueUrl(const String &value);
  SendMessageRequest &WithQueueUrl(const String &value);
  void SetMessageBody(const String &value);
  SendMessageRequest &WithMessageBody(const String &value);
};
class SendMessageResult {
public:
  const String &GetMessageId() const;
};
class Message {
public:
  const String &GetBody() const;
  const String &GetReceiptHandle() const;
};
class ReceiveMessageRequest {
public:
  void SetQueueUrl(const String &value);
  void SetMaxNumberOfMessages(int value);
  void SetWaitTimeSeconds(int value);
};
class ReceiveMessageResult {
public:
  const Vector<Message> &GetMessages() const;
};
class DeleteMessageRequest {
public:
  void SetQueueUrl(const String &value);
  void SetReceiptHandle(const String &value);
};
class DeleteMessageResult {};
} // namespace Model
} // namespace SQS
} // namespace Aws
