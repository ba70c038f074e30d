// Look-alike test header (not the real library): follows aws/aws-sdk-cpp's generated/src/aws-cpp-sdk-sqs/include/aws/sqs/SQSClient.h
// (the generated client pattern as of commit c5500d2bf926): each operation X is
// `virtual Model::XOutcome X(const Model::XRequest&) const`, with template XCallable and
// XAsync wrappers (request type defaulted to Model::XRequest). The base classes are cut.
#pragma once
#include <aws/core/Aws.h>
#include <aws/sqs/model/SendMessageRequest.h>

namespace Aws {
namespace SQS {
class SQSClient;
namespace Model {
typedef Utils::Outcome<SendMessageResult, SQSError> SendMessageOutcome;
typedef Utils::Outcome<ReceiveMessageResult, SQSError> ReceiveMessageOutcome;
typedef Utils::Outcome<DeleteMessageResult, SQSError> DeleteMessageOutcome;
typedef std::future<SendMessageOutcome> SendMessageOutcomeCallable;
} // namespace Model
typedef std::function<void(const SQSClient *, const Model::SendMessageRequest &,
                           const Model::SendMessageOutcome &,
                           const std::shared_ptr<const Client::AsyncCallerContext> &)>
    SendMessageResponseReceivedHandler;

class SQSClient {
public:
  SQSClient(const Client::ClientConfiguration &clientConfiguration = Client::ClientConfiguration());
  virtual Model::SendMessageOutcome SendMessage(const Model::SendMessageRequest &request) const;
  template <typename SendMessageRequestT = Model::SendMessageRequest>
  Model::SendMessageOutcomeCallable SendMessageCallable(const SendMessageRequestT &request) const;
  template <typename SendMessageRequestT = Model::SendMessageRequest>
  void SendMessageAsync(const SendMessageRequestT &request,
                        const SendMessageResponseReceivedHandler &handler,
                        const std::shared_ptr<const Client::AsyncCallerContext> &context = nullptr) const;
  virtual Model::ReceiveMessageOutcome ReceiveMessage(const Model::ReceiveMessageRequest &request) const;
  virtual Model::DeleteMessageOutcome DeleteMessage(const Model::DeleteMessageRequest &request) const;
};
} // namespace SQS
} // namespace Aws
